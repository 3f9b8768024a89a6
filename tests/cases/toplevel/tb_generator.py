# A traceback through a generator frame and a for loop.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran dry")
total = 0
for n in numbers():
    total += n
    print("total", total)
