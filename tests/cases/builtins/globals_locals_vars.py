# globals(), locals() and vars(): module dict identity, function locals snapshot (PEP 667), class bodies, vars errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = globals()
print(type(g).__name__, g is sys.modules[__name__].__dict__, g['__name__'])
new_global = 1
print('new_global' in g)
g['injected'] = 'via globals'
print(injected)
print(locals() is globals())
print(vars() is globals())

def f(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()))
    loc['c'] = 100
    print(c)
    d = 4
    print('d' in loc, sorted(locals()))
    return locals() is locals()
print(f(1))

def closure():
    x = 'outer'
    def inner():
        return sorted(locals())
    def inner_uses():
        return x, sorted(locals())
    return inner(), inner_uses()
print(closure())

class C:
    a = 1
    b = sorted(k for k in locals() if not k.startswith('__'))
    names = sorted(locals().keys() - {'__module__', '__qualname__', '__firstlineno__'})
print(C.b, C.names)

class Obj:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(Obj()))
print(type(vars(C)).__name__, vars(C)['a'])
m = type(sys)('mod')
m.attr = 5
print(sorted(vars(m)))
t(lambda: vars(1))
t(lambda: vars([]))
t(lambda: vars(1, 2))
class S:
    __slots__ = ('x',)
t(lambda: vars(S()))
t(lambda: globals(1))
t(lambda: locals(1))
print([k for k in sorted(globals()) if not k.startswith('__')])
