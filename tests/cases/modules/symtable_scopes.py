# _symtable over varied scopes: closures, nonlocal, lambdas, comprehensions, annotations, classes, generics
import _symtable

SRC = '''
import os, sys as system
from math import *
def outer(a, b=1, *args, c, d=2, **kw):
    x: int = 1
    def inner():
        nonlocal x
        x += 1
        return lambda y, z=x: y + z + a
    gen = (i * j for i in args for j in range(i) if i)
    d = {k: v for k, v in kw.items()}
    s = {q for q in b}
    return inner, gen
class K(object, metaclass=type):
    attr: str
    other = 1
    def method(self, __private):
        return __class__, super().method
    @staticmethod
    async def co():
        async for i in aiter([]):
            await i
        async with x as y:
            pass
def gen[T: int, *Ts, **P](x: T) -> T:
    type Alias[U] = list[U]
    return x
try:
    pass
except Exception as err:
    del err
match system:
    case {'k': [1, *rest]} | str(rest):
        pass
with open('f') as (p, q):
    global G
    G = [w := 1 for _ in ()]
'''


def show(t, d=0):
    print(' ' * d, t.name, t.type, t.lineno, t.nested, sorted(t.symbols.items()), t.varnames)
    for c in t.children:
        show(c, d + 2)


show(_symtable.symtable(SRC, '<src>', 'exec'))
show(_symtable.symtable('a if b else [c for c in d]', '<e>', 'eval'))
show(_symtable.symtable('x = y\n', '<i>', 'single'))
for bad in ['def f():\n    nonlocal q\n', 'def f(a):\n    global a\n', 'x = 1\nglobal x\n', 'return 1\n']:
    try:
        _symtable.symtable(bad, '<bad>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
