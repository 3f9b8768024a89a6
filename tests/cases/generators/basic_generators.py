# Generator functions: lazy execution, state, exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))
print(list(count_up(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    yield
print(list(yields_none()))
print(type(fib).__name__, fib.__code__.co_flags & 0x20 != 0)
def mixed():
    yield 1
    yield "two"
    yield [3]
print(list(mixed()), tuple(mixed()))
g2 = count_up(1)
print(iter(g2) is g2)
