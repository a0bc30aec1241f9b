from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    data = list(range(1, ${n} + 1))
    with Pool(${workers}) as p:
        pending = [p.apply_async(square, (x,)) for x in data]
        results = [r.get() for r in pending]
    print(results)
