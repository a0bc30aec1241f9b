import multiprocessing
import time

def producer(queue):
    for item in range(${items}):
        time.sleep(${produce_us} / 1e6)
        queue.put(item)
        print(f"Produced {item}")
    queue.put(None)  # the sentinel: "no more items"

def consumer(queue):
    while True:
        item = queue.get()  # blocks until something comes
        if item is None:
            break
        print(f"Consumed {item}")

if __name__ == "__main__":
    queue = multiprocessing.Queue()
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    consumer_process.start()

    producer_process.join()
    consumer_process.join()
