# _random.Random: MT19937 seeded by init_by_array from ints, bit-exact with CPython.
import _random

r = _random.Random(42)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 100, 1000)])
for seed in [0, 1, -1, 5, -5, 2**32 - 1, 2**32, 2**64 + 12345, 10**100, True]:
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(48))
state = r.getstate()
print(type(state).__name__, len(state), state[-1], state[:3])
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print(a == b, a[-1])
r2 = _random.Random()
r2.setstate(state)
print(r2.random() == b[0])
r.seed(12345)
print(r.getstate()[:4], r.getstate()[-1])
print(_random.Random(7).random() == _random.Random(7).random())

for expr in ["r.getrandbits(-1)", "r.getrandbits(1.5)", "r.setstate(1)", "r.setstate((1,) * 3)",
             "r.setstate((1,) * 624 + (700,))", "r.setstate((1,) * 624 + (-1,))",
             "r.setstate((1.5,) * 625)", "r.seed(1, 2)", "_random.Random(1, 2)",
             "_random.Random(x=1)", "r.seed([])", "r.random(1)", "r.getstate(1)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

class Sub(_random.Random):
    def __init__(self, a, b):
        self.seed(a + b)

s = Sub(40, 2)
print(s.random() == _random.Random(42).random(), type(s).__mro__[1].__module__)
print(isinstance(_random.Random(), _random.Random), _random.Random.__name__, _random.Random.__module__)
