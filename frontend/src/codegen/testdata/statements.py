import sys
x: int = 1
y: "str"
if x:
    z: list[int] = []
class A[T: int, *Ts, **P = int](B, metaclass=M):
    a: T
    if x:
        b: int = 2
    def m[U](self, u: U = 1, *, k: T = 2) -> U:
        return super().m(u)
    def n(self):
        __class__
        self.q, self.r = 1, 2
        return super(A, self).n
    @staticmethod
    def s(): pass
type Alias[K] = dict[K, int]
type Plain = int
def f(a, /, b, *c, d=1, **e):
    nonlocal_test = 1
    def g():
        nonlocal nonlocal_test
        nonlocal_test += 1
        return lambda: nonlocal_test
    return g
async def af(x):
    async with x as (p, q), x:
        pass
    async for i in x:
        if i: break
    else:
        pass
    return await x
def gen():
    x = yield
    y = yield from x
    return y
try:
    pass
except* ValueError as e:
    pass
except* TypeError:
    pass
else:
    x = 2
finally:
    x = 3
if (n := len(sys.argv)) > 1 and not x or x is None:
    print(*sys.argv, sep='', **{'end': ''})
a, b, *c, d = x
a[1:2] = b
del a[1], a.b, a
a.b += 1
a[i] -= 1
a[1:j] *= 2
print(a if b else c, {1: 2, **d}, {1, *c}, [*a, 1], (*a,), -x, +x, ~x)
assert x, "msg"
raise ValueError from None
