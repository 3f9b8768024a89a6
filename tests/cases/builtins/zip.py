# zip(): shortest-wins, strict=True length checks and their messages, no arguments, laziness, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(zip()))
t(lambda: list(zip('ab')))
t(lambda: list(zip('abc', range(10))))
t(lambda: list(zip([1, 2], 'xy', (True, False))))
t(lambda: dict(zip('ab', 'xy')))
t(lambda: list(zip(*[(1, 'a'), (2, 'b')])))
t(lambda: list(zip('ab', 'xy', strict=True)))
t(lambda: list(zip('abc', 'xy', strict=True)))
t(lambda: list(zip('ab', 'xyz', strict=True)))
t(lambda: list(zip('a', 'x', 'pq', strict=True)))
t(lambda: list(zip('ab', 'xy', 'p', strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip('ab', strict=True)))
t(lambda: list(zip('ab', 'x', strict=False)))
t(lambda: zip(1))
t(lambda: zip('a', None))
t(lambda: zip('a', bogus=1))
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
print(list(zip(gen('A', 3), gen('B', 2))), consumed)
consumed.clear()
z = zip(gen('A', 1), gen('B', 1))
print(consumed, next(z), consumed)
t(lambda: next(z))
t(lambda: type(zip()).__name__)
z2 = zip('a')
t(lambda: iter(z2) is z2)
it = iter([1, 2, 3, 4])
t(lambda: list(zip(it, it)))
class Z(zip):
    pass
t(lambda: list(Z('ab', 'cd')))
