import multiprocessing
import time

def producer(queue):
    for item in range(${items}):
        queue.put(item)  # blocks while the queue holds maxsize items
        print(f"Produced {item}")
    queue.put(None)

def consumer(queue):
    while True:
        item = queue.get()
        if item is None:
            break
        time.sleep(${consume_us} / 1e6)  # a slow consumer
        print(f"Consumed {item}")

if __name__ == "__main__":
    queue = multiprocessing.Queue(maxsize=${maxsize})
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    consumer_process.start()

    producer_process.join()
    consumer_process.join()
