# property(): getter/setter/deleter via decorators and constructor, doc, read-only errors, __set_name__ name
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting')
        self._x = None
    ro = property(lambda self: 'read-only')
    def _g(self):
        return 'g'
    manual = property(_g, None, None, 'manual doc')

c = C()
t(lambda: c.x)
c.x = 5
t(lambda: c.x)
del c.x
t(lambda: c.x)
t(lambda: c.ro)
t(lambda: setattr(c, 'ro', 1))
t(lambda: delattr(c, 'ro'))
t(lambda: C.x.__doc__)
t(lambda: C.manual.__doc__)
t(lambda: C.ro.__doc__)
t(lambda: C.x.fget.__name__)
t(lambda: C.x.fset.__name__)
t(lambda: C.ro.fset)
t(lambda: C.x.__name__)
t(lambda: C.ro.__name__)
t(lambda: C.manual.__name__)
t(lambda: type(C.x).__name__)
t(lambda: C.x.__get__(None, C) is C.x)
t(lambda: C.x.__get__(c))
t(lambda: C.x.__isabstractmethod__)
p = property()
class D:
    attr = p
t(lambda: D().attr)
t(lambda: setattr(D(), 'attr', 1))
t(lambda: property(1)())
t(lambda: property(fget=len).fget is len)
p2 = C.x.getter(lambda self: 'new getter')
t(lambda: p2 is C.x)
t(lambda: p2.fset is C.x.fset)
t(lambda: property(None, None, None, None, None))
class Sub(property):
    pass
t(lambda: type(Sub(len).setter(None)).__name__)
