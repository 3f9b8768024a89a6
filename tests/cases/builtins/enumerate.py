# enumerate(): start values (negative, big, non-int error), keyword args, laziness, iterator identity
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(enumerate('abc')))
t(lambda: list(enumerate('abc', 1)))
t(lambda: list(enumerate('ab', start=-5)))
t(lambda: list(enumerate('ab', 2**100)))
t(lambda: list(enumerate([])))
t(lambda: list(enumerate(iterable=[9], start=3)))
t(lambda: enumerate('a', 1.5))
t(lambda: enumerate('a', '1'))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: enumerate('a', 1, 2))
e = enumerate('xyz')
print(iter(e) is e, next(e), next(e))
print(list(e))
t(lambda: next(e))
t(lambda: type(enumerate('')).__name__)
t(lambda: dict(enumerate('hello')))
class I:
    def __index__(self):
        return 10
t(lambda: list(enumerate('a', I())))
t(lambda: list(enumerate('ab', True)))
g = (i * 2 for i in range(3))
t(lambda: list(enumerate(g)))
class E(enumerate):
    pass
t(lambda: list(E('pq', 7)))
