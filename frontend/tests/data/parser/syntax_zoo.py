match = 1; case = 2; type = 3; _ = 4
match[x]
match(x)
match(x).y = 1
match.x = 2
match -x:
    case _: pass
match x, *y:
    case [*_]: pass
match (x):
    case {**rest}: pass
match x:
    case A.B(c, d=[e, *f]) if g: pass
    case "a" "b": pass
    case -1.5 - 2j: pass
    case (1 | 2) as z: pass
    case [1, 2, *_, 3]: pass
    case {1: _, "x": [y]}: pass
print(match, case, type)
type(x)
type.x = 1
type X = int
class C:
    type Y[T] = list[T]
lambda x=1, *, y=2, **z: x
lambda *a, b: 0
lambda a, /, b: 0
x = [y := 1, y**2]
x = [z for z in range(3) if (w := z)]
@(lambda f: f)
def g(): pass
@x[0].y
class D: pass
x[1:2, 3:4]
x[::]
x[*a, *b]
x[a:=1]
f(*a, *b, **c, **d)
f(a, *b, c=1, **d)
async def h():
    async with a, b as (c, d): pass
    await x
    [await y async for y in z]
    return (yield)
def k(a, b=1, /, c=2, *d, e, f=3, **g): pass
def m(*, a): pass
def n(a, /): pass
x = not a in b
x = a if b else c if d else e
x = (yield)
x = 1 if 2 else 3, 4
x = *a, *b
for x, *y in z: pass
with (open(a) as b, open(c) as d,): pass
with (a): pass
with (a), (b): pass
with (a, b) as c, d: pass
try:
    pass
except (A, B):
    pass
except C as e:
    pass
else:
    pass
del (a), [b], c.d, e[f]
assert (x, y)
raise x from None
global a, b
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
x = 0o777 + 0B101 + 0XdeadBEEF + 1_000_000 + 1.5e3_0 + .5 + 5. + 1e-3j + 0j
x = b'\x00' b'\n' rb'\n'
x = '\u00e9\U0001F600' if 0 else 1
x = ''
x = f''
x = f'{x!r}' f'{x!s:>{10}}' f'{x!a}'
x = f'{"nested" + f"{y}"}'
x = f"{x:{'>' if a else '<'}10}"
x = t'{x}' t'{y!r:>5}'
x = rf'\d{x}' fr'{x}\n'; x = Rb'\d'
x = u'x'
x = (1)
x = (1,)
x = (((a)))
x = (a, (b, c))
x = [] ; x = {} ; x = ()
x = {**a, **b}
x = {a: b for a, b in c.items()}
x = ...
x = a.b.c.d(e)(f)[g].h
x = -(-a) ** -b
x = a @ b
x: list[int]
x.y: int
x[0]: int = 1
(x): int = 2
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1; x @= 1
import a.b.c
from . import (a)
from .. import b
from ...c import d
from .... import e
nonlocal_x = 1
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
x = "ü" + 'é' + "日本"
日本 = 1
x = 1 if True else(2)
print(*args, sep='')
x = [
    1,
    2,
]
x = \
    1
if x: pass; y = 1
while 1: pass
else: x = 2
