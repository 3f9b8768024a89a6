type X = int
type Y[T: int = str, *Ts = *tuple[int], **P = [int]] = list[T]
def f[T](a, /, b: int = 1, *args: *Ts, c, d=2, **kw) -> T: ...
class C[T](B, metaclass=M, **kw): pass
async def g():
    async with a as b, c: pass
    async for x in y: await z
    return [x async for x in y]
try:
    pass
except A, B:
    pass
except (C, D) as e:
    pass
match x:
    case 1 | -2 | 3.5 | 1+2j | -1-2j | "s" "t" if x: pass
    case None | True | False: pass
    case [a, *rest, _] | (a, b) | (): pass
    case {"k": v, **rest}: pass
    case Point(x=0, y=_) | Point(1, 2, z=3): pass
    case a.b.c: pass
    case (x as y) as z: pass
    case *a, b: pass
    case {a.b: 1}: pass
    case _: pass
x = lambda a, *b, c=1, **d: a
x = lambda: 0
x = lambda *, a: 0
a[1:2, ::3, *b]
a[:]
a[x:=1]
del a, (b, c), [d]
global q
x: int = 1
(y): int
a.b: int = 2
x += 1
x = y = z = 1
x, *y = 1, 2
[x, y] = 1, 2
print(*a, *b, c=1, *d, **e)
f'{x!r:{y}.{z}}' f"{a['b']}"
t'{x}' t'{y:>10}'
@a.b(c)
@d
class E: pass
(yield)
def gen(): x = yield from y; yield; yield a, b
if a: pass
elif b: pass
else: pass
while x: break
else: continue
for x, in y: pass
with (a, b): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with a: pass
nonlocal_ = 1
from . import x
from ...a.b import (c as d, e,)
import a.b.c as d, e
assert x, "m"
raise E from F
raise
x = 1 if y else 2
x = not a and b or c
x = a < b <= c != d is not e not in f
x = ~a ** -b // c @ d % e << f >> g & h ^ i | j
x = {**a, 'b': 1}
x = {a, *b}
x = {a: b for a, b in c if a if b}
x = {a for a in b}
x = (a for a in b)
x = [*a, b]
x = ()
x = (1,)
x = 1,
x = ...
x = 0xFF + 0o7 + 0b1 + 1_000 + 1e10 + 1.5e-10j + 123456789012345678901234567890
x = 'a' u'b' r'\d'; x = b'x' rb'\d'
x = """multi
line"""
f(a for a in b)
f(a)(b)[c].d
x = a if b else lambda: c
x = [i for i in range(3) for j in range(i)]
try:
    pass
except* A:
    pass
except *B as e:
    pass
else:
    pass
finally:
    pass
