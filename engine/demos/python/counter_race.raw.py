import multiprocessing

def increment(counter):
    for _ in range(${iterations}):
        counter.value += 1  # read, add, write back: no lock at all

if __name__ == "__main__":
    counter = multiprocessing.Value('i', 0, lock=False)
    processes = [multiprocessing.Process(target=increment, args=(counter,)) for _ in range(${workers})]

    for process in processes:
        process.start()

    for process in processes:
        process.join()

    print(f"Counter value: {counter.value}")
