import multiprocessing
import sys
import threading
import time

def count_down(n):  # pure CPU work, holds the GIL while it runs
    while n > 0:
        n -= 1

if __name__ == "__main__":
    sys.setswitchinterval(${switch_interval_us} / 1e6)
    work = ${work_ms}  # each job is about this many ms of CPU

    t0 = time.perf_counter()
    threads = [threading.Thread(target=count_down, args=(work,)) for _ in range(${workers})]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_threads = time.perf_counter() - t0

    t0 = time.perf_counter()
    procs = [multiprocessing.Process(target=count_down, args=(work,)) for _ in range(${workers})]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    t_procs = time.perf_counter() - t0

    print(f"threads:   {t_threads:.2f} s")
    print(f"processes: {t_procs:.2f} s")
    print(f"speedup:   {t_threads / t_procs:.1f}x")
