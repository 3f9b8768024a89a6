# descriptor protocol on built-in descriptor types: property/classmethod/staticmethod __get__/__set__, data vs non-data precedence, __set_name__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class NonData:
    def __get__(self, obj, owner=None):
        return 'nondata'
class Data:
    def __get__(self, obj, owner=None):
        return 'data'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
t(lambda: c.nd)
c.__dict__['nd'] = 'instance wins'
t(lambda: c.nd)
c.__dict__['d'] = 'instance loses'
t(lambda: c.d)
c.d = 5
t(lambda: C.d)
p = property(lambda self: 'got', lambda self, v: print('set', v), lambda self: print('deleted'))
t(lambda: p.__get__(c, C))
t(lambda: p.__get__(None, C) is p)
t(lambda: p.__set__(c, 1))
t(lambda: p.__delete__(c))
t(lambda: property().__get__(c, C))
t(lambda: property().__set__(c, 1))
t(lambda: property().__delete__(c))
cm = classmethod(lambda cls: cls.__name__)
t(lambda: cm.__get__(None, C)())
t(lambda: cm.__get__(c)())
t(lambda: cm.__get__(c, int)())
sm = staticmethod(lambda: 'static')
t(lambda: sm.__get__(None, C)())
t(lambda: sm.__get__(c)())
def f(self):
    return self
t(lambda: f.__get__(c)() is c)
t(lambda: f.__get__(None, C) is f)
t(lambda: type(f.__get__(c)).__name__)
t(lambda: f.__get__(None))
t(lambda: hasattr(property, '__set__'))
t(lambda: hasattr(classmethod, '__set__'))
t(lambda: hasattr(staticmethod, '__set__'))
t(lambda: hasattr(type(f), '__set__'))
class Named:
    def __set_name__(self, owner, name):
        self.info = (owner.__name__, name)
class Holder:
    first = Named()
    second = Named()
t(lambda: (Holder.first.info, Holder.second.info))
later = Named()
Holder.third = later
t(lambda: hasattr(later, 'info'))
class SlotC:
    __slots__ = ('x',)
member = SlotC.__dict__['x']
s = SlotC()
t(lambda: type(member).__name__)
t(lambda: member.__get__(s, SlotC))
member.__set__(s, 5)
t(lambda: s.x)
t(lambda: member.__get__(None, SlotC) is member)
t(lambda: member.__name__)
t(lambda: member.__objclass__.__name__)
