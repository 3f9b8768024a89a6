# sum(): start values, ints/floats (Neumaier-compensated float summation since 3.12), complex, bools, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sum([]))
t(lambda: sum([1, 2, 3]))
t(lambda: sum([1, 2, 3], 10))
t(lambda: sum(range(101)))
t(lambda: sum([0.1] * 10))
t(lambda: sum([0.1, 0.2, 0.3]))
t(lambda: sum([1e100, 1.0, -1e100, 1.0]))
t(lambda: sum([1.0, 1e100, 1.0, -1e100]))
t(lambda: sum([0.1] * 10) == 1.0)
t(lambda: sum([1, 0.5, 2]))
t(lambda: sum([1e308, 1e308]))
t(lambda: sum([float('inf'), float('-inf')]))
t(lambda: sum([float('inf'), 1.0]))
t(lambda: sum([-0.0, -0.0]))
t(lambda: sum([], -0.0))
t(lambda: sum([1j, 2, 0.5]))
t(lambda: sum([0.1j] * 10))
t(lambda: sum([True, True, False]))
t(lambda: sum([2**64, 2**64]))
t(lambda: sum([[1], [2]], []))
t(lambda: sum([(1,), (2,)], ()))
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([bytearray(b'a')], bytearray()))
t(lambda: sum(['a', 'b']))
t(lambda: sum([1, 'a']))
t(lambda: sum(5))
t(lambda: sum())
t(lambda: sum([1], start=5))
t(lambda: sum(iterable=[1]))
t(lambda: sum([1, 2], 0.0))
t(lambda: sum([1.5, 2**70]))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
t(lambda: sum([V(1), V(2)]).v)
t(lambda: sum([V(1), V(2)], V(10)).v)
t(lambda: sum([0.5, V(1)]).v)
