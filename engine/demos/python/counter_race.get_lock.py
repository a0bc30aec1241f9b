import multiprocessing

def increment(counter):
    for _ in range(${iterations}):
        with counter.get_lock():  # one lock around the whole read-add-write
            counter.value += 1

if __name__ == "__main__":
    counter = multiprocessing.Value('i', 0)
    processes = [multiprocessing.Process(target=increment, args=(counter,)) for _ in range(${workers})]

    for process in processes:
        process.start()

    for process in processes:
        process.join()

    print(f"Counter value: {counter.value}")
