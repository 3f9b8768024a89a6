# yield from with iterators (not generators), exceptions forwarded to sub-iterators, and return values.
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("iterator done")
        return self.i
def delegate():
    result = yield from Iter()
    yield f"result: {result}"
print(list(delegate()))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub handled KeyError"
    return "sub returned"
def main():
    r = yield from sub()
    yield r
m = main()
print(next(m), m.throw(KeyError()), next(m))
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return "value"
def delegate_plain():
    yield from NoThrow()
d = delegate_plain()
next(d)
try:
    d.throw(ValueError("into plain iterator"))
except ValueError as e:
    print("thrown straight through:", e)
def send_to_plain():
    yield from iter([1, 2])
s = send_to_plain()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def depth(n):
    if n:
        return (yield from depth(n - 1)) + 1
    yield "bottom"
    return 0
g = depth(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)
