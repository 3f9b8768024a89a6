# getattr()/setattr()/hasattr() with special names: __class__, __dict__, __doc__, dunder lookups through metaclasses, name mangling not applied
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Meta(type):
    meta_attr = 'from metaclass'
class C(metaclass=Meta):
    "C doc"
    __private = 'mangled'
    def method(self):
        return self.__private
c = C()
t(lambda: getattr(c, '__class__').__name__)
t(lambda: getattr(C, 'meta_attr'))
t(lambda: getattr(c, 'meta_attr'))
t(lambda: getattr(C, '__doc__'))
t(lambda: getattr(c, '__doc__'))
t(lambda: getattr(C, '__private'))
t(lambda: getattr(C, '_C__private'))
t(lambda: c.method())
t(lambda: hasattr(c, '__dict__'))
t(lambda: getattr(c, '__dict__'))
setattr(c, '__dict__', {'replaced': True})
t(lambda: c.replaced)
t(lambda: setattr(c, '__dict__', 5))
t(lambda: getattr(int, '__add__').__name__)
t(lambda: getattr(5, '__add__')(1))
t(lambda: getattr(C, 'mro')()[0].__name__)
t(lambda: getattr(type, '__name__'))
t(lambda: getattr(c, ''))
t(lambda: getattr(c, 'a.b'))
setattr(c, 'a.b', 'dotted')
t(lambda: getattr(c, 'a.b'))
t(lambda: c.__dict__)
class StrSub(str):
    pass
setattr(c, StrSub('sub'), 1)
t(lambda: c.sub)
t(lambda: type(list(c.__dict__)[-1]).__name__)
t(lambda: getattr(None, '__bool__')())
t(lambda: getattr(getattr, '__name__'))
t(lambda: getattr(getattr, '__self__').__name__)
