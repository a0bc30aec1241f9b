import multiprocessing

def producer(queue):
    for item in range(${items}):
        queue.put(item)  # blocks for good once the queue is full
        print(f"Produced {item}")

def consumer(queue):
    for _ in range(${items}):
        item = queue.get()
        print(f"Consumed {item}")

if __name__ == "__main__":
    queue = multiprocessing.Queue(maxsize=${maxsize})
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    producer_process.join(timeout=${join_timeout_ms} / 1000)  # join before anyone drains: stuck
    if producer_process.is_alive():
        print("join() timed out: the producer is blocked in put(), nobody drains the queue")

    consumer_process.start()  # draining the queue lets the producer go on
    consumer_process.join()
    producer_process.join()
