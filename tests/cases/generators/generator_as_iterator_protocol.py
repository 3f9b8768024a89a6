# Generator objects implement the iterator protocol: __iter__ returns self, __next__, send(None) equals next.
def g():
    yield "a"
    yield "b"
    yield "c"
it = g()
print(it.__iter__() is it, it.__next__(), it.send(None), next(it))
print(next(it, "default"), list(it))
gen = g()
print(list(zip(gen, gen)))
gen2 = g()
first = next(gen2)
print(first, list(gen2))
print(sorted(g(), reverse=True), "".join(g()), dict(enumerate(g())))
print(type(iter(g())).__name__, hasattr(g(), "__len__"))
try:
    len(g())
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()[0]
except TypeError as e:
    print(type(e).__name__, e)
