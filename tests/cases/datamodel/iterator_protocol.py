# Iterator protocol: __iter__/__next__, StopIteration, the old __getitem__ protocol, iter(callable, sentinel).
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c))
it = iter(Count(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), iter(OldStyle()).__class__.__name__)
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
a, b, *rest = Count(5)
print(a, b, rest)
for x in Count(2):
    print("loop", x)
print(sum(Count(4)), max(Count(3)), sorted(Count(3), reverse=True), dict(zip(Count(2), "ab")))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
