import multiprocessing

counter = 0                              # a plain global: each process has its own copy
shared = multiprocessing.Value('i', 0)   # shared memory: one copy for all

def child(shared):
    global counter
    counter += 100
    shared.value += 100
    print(f"child:  counter = {counter}, shared = {shared.value}")

if __name__ == "__main__":
    p = multiprocessing.Process(target=child, args=(shared,))
    p.start()
    p.join()
    print(f"parent: counter = {counter}, shared = {shared.value}")
