def f(x, z):
    a = (y for y in x if y)
    b = {k: v for k, v in x for w in [k] if w}
    c = [(y, q) for y in x for q in z]
    return a, b, c
async def g(x):
    return [y async for y in x], [await y for y in x]
z = [y for y in x if q]
class C:
    w = [y for y in z if q]
    v = {y: [lambda: y for _ in y] for y in z}
async def g(x):
    return (y async for y in x), [n async for y in x for n in y if (m := n)]
def h(x):
    y = 1
    return [lambda: y for y in x], y
import asyncio
x = [1]
s = {a for a in x}
d = {a: b for a, b in x}
g = (a for a in x for b in a if b if a)
def outer():
    v = 0
    w = [(v := i) for i in range(3)]
    u = [lambda: i for i in range(3)]
    t = [[j for j in i] for i in x]
    r = [(k for k in i) for i in x]
    return v, w, u, t, r
class A:
    y = 1
    z = [y for _ in range(3)]
    q: list[int] = [i for i in range(2)]
    def m(self):
        return [self for _ in x], [__class__ for _ in x]
async def co(x):
    a = [i async for i in x if await i]
    b = {i: await i async for i in x}
    c = (await i for i in x)
    d = [j for i in x async for j in i]
    return a, b, c, d
def gen(x):
    yield [i for i in x]
lam = lambda x: [y for y in x]
def shadow(i):
    return [i for i in i], i
def nested_inline(x):
    return [[y * z for z in y] for y in x if [w for w in y]]
def star(x):
    return [*[a for a in x]], {**{a: a for a in x}}
def deep(x):
    return [a for a in x for b in a for c in b for d in c if d]
class C:
    x: [y for y in z]
    w: {k: v for k, v in z} = 1
    def f(self, a: [b for b in c] = [d for d in e]) -> (g for g in h): pass
def outer[T](x: [t for t in T]): return [T for _ in x]
type Alias[U] = [u for u in U]
class D[V]:
    z = [V for _ in range(2)]
def fn():
    class E:
        q = [fn for _ in range(1)]
        r = [__class__ for _ in range(1)]
    return E
async def agen():
    async def inner(): pass
    return [x async for x in inner()], {x async for x in inner()}, {x: x async for x in inner()}
class F:
    async def m(self):
        return [x async for x in self]
    g = (x async for x in y)
