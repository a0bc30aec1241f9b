import multiprocessing

# a plain global: the spawned child imports this file afresh
counter = 0

def child(shared):
    global counter
    counter += 100
    shared.value += 100
    print(f"child:  counter = {counter}, shared = {shared.value}")

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    shared = multiprocessing.Value('i', 0)  # one copy for all
    p = multiprocessing.Process(target=child, args=(shared,))
    p.start()
    p.join()
    print(f"parent: counter = {counter}, shared = {shared.value}")
