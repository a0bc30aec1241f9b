import multiprocessing
import time

def worker(name):
    print(f"Worker {name} is starting")
    time.sleep(${sleep_ms} / 1000)
    print(f"Worker {name} is done")

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    process1 = multiprocessing.Process(target=worker, args=("A",))
    process2 = multiprocessing.Process(target=worker, args=("B",))

    process1.start()
    process2.start()

    process1.join()
    process2.join()

    print("Both processes are done")
