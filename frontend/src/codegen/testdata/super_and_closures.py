class A(B):
    def m(self):
        def inner():
            return super().m()
        f = lambda: super().x
        return __class__, inner, f
    @classmethod
    def c(cls, *a):
        return super().c(*a), super().d(1, k=2)
    def shadow(self):
        super = print
        return super().x
    def noargs():
        return super().x
    def star(*args):
        return super().m()
    def two(self):
        return super(A, self).m(), super(A, self).x
    x = 1
    y = lambda: x
    def z(self, a=x): return a
@dec
def gen_dec[T](a: T) -> T: return a
def closures(a):
    b = 1
    class K:
        nonlocal b
        b = 2
        c = a
        def m(self): return a + b
    del a
    return K
async def comp(x):
    return [i async for i in x], {i: j for i, j in x}, (await i for i in x)
def excepts():
    try:
        x = 1
    except* E as e:
        del e
    finally:
        try:
            pass
        finally:
            return 1
def walrus():
    if (a := 1) and (b := 2):
        return [c := i for i in range(3)], c
x = [1, 2, 3][0], (1, 2)[a], "abc"[1:], b"x"[0]
while True:
    if x: break
else:
    pass
for a, (b, c) in d: pass
with (a, b): pass
with (a as b, c as d,): pass
print(not (a == b), not a in b, a not in b, a is not b)
if not a or b and c: pass
if a < b < c: pass
z = a if b < c < d else e
assert not (a and b), f"{a!r:>{w}}"
