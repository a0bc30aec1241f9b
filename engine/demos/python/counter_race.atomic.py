import multiprocessing

# Python has no atomic add for Value; C++ has std::atomic<int>::fetch_add.
# This variant shows what one indivisible hardware step does.
def increment(counter):
    for _ in range(${iterations}):
        counter.fetch_add(1)  # one indivisible read-add-write

if __name__ == "__main__":
    counter = AtomicValue('i', 0)  # hypothetical: std::atomic in shared memory
    processes = [multiprocessing.Process(target=increment, args=(counter,)) for _ in range(${workers})]

    for process in processes:
        process.start()

    for process in processes:
        process.join()

    print(f"Counter value: {counter.value}")
