import multiprocessing

def add_one(arr):
    for _ in range(${iterations}):
        with arr.get_lock():  # one lock around each read-add-write
            for i in range(len(arr)):
                arr[i] += 1

if __name__ == "__main__":
    arr = multiprocessing.Array('d', ${length})
    processes = [multiprocessing.Process(target=add_one, args=(arr,)) for _ in range(${workers})]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(list(arr))
