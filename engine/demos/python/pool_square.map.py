from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    data = list(range(1, ${n} + 1))  # [1, 2, 3, 4, 5] with n = 5
    with Pool(${workers}) as p:
        results = p.map(square, data)  # chunksize: Python's default unless set
    print(results)
