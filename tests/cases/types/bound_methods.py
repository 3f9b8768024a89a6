# bound method objects: __self__/__func__/__name__/__qualname__/__doc__, equality, attribute delegation, builtin bound methods, repr shape
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def m(self, x=1):
        "method doc"
        return ('m', x)
    def __repr__(self):
        return 'C()'
c = C()
bm = c.m
t(lambda: type(bm).__name__)
t(lambda: bm.__self__ is c)
t(lambda: bm.__func__ is C.m)
t(lambda: (bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__))
t(lambda: bm())
t(lambda: bm(5))
t(lambda: bm.__call__(7))
t(lambda: c.m == c.m)
t(lambda: c.m is c.m)
t(lambda: c.m == C().m)
t(lambda: hash(c.m) == hash(c.m))
t(lambda: repr(bm))
C.m.tag = 'on function'
t(lambda: bm.tag)
t(lambda: setattr(bm, 'tag2', 1))
t(lambda: bm.__defaults__)
t(lambda: bm.__code__.co_name)
bl = [1, 2].append
t(lambda: type(bl).__name__)
t(lambda: bl.__self__)
t(lambda: bl.__name__)
t(lambda: bl.__qualname__)
t(lambda: repr(bl).startswith('<built-in method append of list object at '))
t(lambda: type(len).__name__)
t(lambda: len.__self__.__name__)
t(lambda: len.__qualname__)
t(lambda: repr(len))
t(lambda: str.upper.__qualname__)
t(lambda: type(str.upper).__name__)
t(lambda: type('x'.upper).__name__)
t(lambda: 'x'.upper.__self__)
t(lambda: type(dict.fromkeys).__name__)
t(lambda: dict.fromkeys.__self__)
t(lambda: type((1).__add__).__name__)
t(lambda: (1).__add__.__self__)
t(lambda: (1).__add__.__name__)
t(lambda: type(int.__add__).__name__)
t(lambda: int.__add__.__objclass__)
t(lambda: str.upper.__objclass__)
t(lambda: type(C.__dict__['m'].__get__(c)).__name__)
class Meta(type):
    def meta_method(cls):
        return cls.__name__
class WithMeta(metaclass=Meta):
    pass
t(lambda: WithMeta.meta_method())
t(lambda: WithMeta.meta_method.__self__ is WithMeta)
t(lambda: type(bm).__call__(bm, 9))
