import multiprocessing
import time

def producer(queue):
    for item in range(${items}):
        time.sleep(${produce_us} / 1e6)  # some work before each item
        queue.put(item)
        print(f"Produced {item}")

def consumer(queue):
    while not queue.empty():  # empty now does not mean nothing more will come
        item = queue.get()
        print(f"Consumed {item}")

if __name__ == "__main__":
    queue = multiprocessing.Queue()
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    consumer_process.start()

    producer_process.join()
    consumer_process.join()
