from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    data = list(range(1, ${n} + 1))
    with Pool(${workers}) as p:
        for result in p.imap_unordered(square, data):  # in the order they finish
            print(result)
