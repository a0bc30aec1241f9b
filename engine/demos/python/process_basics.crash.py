import ctypes
import multiprocessing
import time

def worker(name):
    print(f"Worker {name} is starting")
    time.sleep(${sleep_ms} / 1000)
    if name == "B":
        ctypes.string_at(0)  # reads address 0: the OS kills B with SIGSEGV
    print(f"Worker {name} is done")

if __name__ == "__main__":
    process1 = multiprocessing.Process(target=worker, args=("A",))
    process2 = multiprocessing.Process(target=worker, args=("B",))

    process1.start()
    process2.start()

    process1.join()
    process2.join()

    print(f"Exit codes: A={process1.exitcode}, B={process2.exitcode}")
