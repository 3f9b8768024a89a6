# SimpleNamespace (type(sys.implementation)): construction from kwargs/mapping, repr ordering, equality, attribute ops, errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

NS = type(sys.implementation)
t(lambda: NS.__name__)
t(lambda: type(sys.implementation.name).__name__)  # the name itself is 'ouro'
t(lambda: type(sys.implementation.version).__name__)
ns = NS(b=2, a=1)
t(lambda: ns)
t(lambda: (ns.a, ns.b))
ns.c = [3]
t(lambda: ns)
del ns.a
t(lambda: ns)
t(lambda: ns.a)
t(lambda: vars(ns))
t(lambda: NS({'x': 1}, y=2))
t(lambda: NS([('k', 'v')]))
t(lambda: NS(1))
t(lambda: NS({1: 2}))
t(lambda: NS({}, {}))
t(lambda: NS(a=1) == NS(a=1))
t(lambda: NS(a=1) == NS(a=2))
t(lambda: NS(a=1, b=2) == NS(b=2, a=1))
t(lambda: NS() == NS())
t(lambda: NS(a=1) == {'a': 1})
t(lambda: NS())
rec = NS()
rec.me = rec
t(lambda: rec)
t(lambda: NS(x=NS(y=1)))
t(lambda: hash(NS()))
t(lambda: NS(a=1).__dict__)
t(lambda: NS(**{'not an identifier': 1}))
class Sub(NS):
    pass
t(lambda: Sub(q=1))
t(lambda: repr(Sub()))
t(lambda: sorted(n for n in dir(NS(z=1)) if not n.startswith('__')))
t(lambda: NS(a=1).__reduce__()[0].__name__)
t(lambda: NS(a=1).__replace__(a=5, b=6))
