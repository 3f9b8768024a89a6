# Builtins that iterate use __iter__ and stop on StopIteration; they call __next__ exactly as often as needed.
class Noisy:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        self.i += 1
        print("__next__", self.i)
        if self.i > self.n:
            raise StopIteration
        return self.i
print(list(Noisy(2)))
print(any(x > 1 for x in Noisy(5)))
print(next(iter(Noisy(3))))
a, b = Noisy(2)
print(a, b)
try:
    x, = Noisy(2)
except ValueError as e:
    print(type(e).__name__, e)
print(dict(zip(Noisy(3), "ab")))
