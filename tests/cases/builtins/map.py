# map(): one and many iterables, shortest wins, strict= (3.14) length checks, laziness, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(map(abs, [-1, 2, -3])))
t(lambda: list(map(pow, [2, 3], [5, 2])))
t(lambda: list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
t(lambda: list(map(str.upper, [])))
t(lambda: list(map(max, [1, 5], [4, 2], [3, 3])))
t(lambda: list(map(pow, [2, 3], [1, 2], strict=True)))
t(lambda: list(map(pow, [2, 3], [1], strict=True)))
t(lambda: list(map(pow, [2], [1, 2], strict=True)))
t(lambda: list(map(lambda *a: a, [1, 2], [3, 4], [5], strict=True)))
t(lambda: list(map(lambda *a: a, [1], [3], [5, 6], strict=True)))
t(lambda: list(map(abs, [1, -2], strict=True)))
t(lambda: list(map(pow, [2, 3], [1], strict=False)))
t(lambda: map(abs))
t(lambda: map())
t(lambda: map(abs, 5))
t(lambda: map(abs, [1], bogus=True))
t(lambda: list(map(None, [1])))
t(lambda: list(map(abs, ['x'])))
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, range(5))
print(log, next(m), log)
print(iter(m) is m, list(m), log)
t(lambda: next(m))
t(lambda: type(map(f, [])).__name__)
t(lambda: list(map(f, iter([7, 8]), range(100))))
t(lambda: dict(map(lambda k, v: (k, v), 'abc', range(3))))
class M(map):
    pass
t(lambda: list(M(len, ['ab', 'c'])))
