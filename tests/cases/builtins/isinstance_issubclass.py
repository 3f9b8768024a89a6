# isinstance() and issubclass(): tuples (nested), unions, bool/int relationship, __instancecheck__/__subclasscheck__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
class C: pass
t(lambda: isinstance(B(), A))
t(lambda: isinstance(A(), B))
t(lambda: isinstance(True, int))
t(lambda: isinstance(1, bool))
t(lambda: isinstance(1, (str, (float, int))))
t(lambda: isinstance(1, ()))
t(lambda: isinstance(1, int | str))
t(lambda: isinstance(None, type(None)))
t(lambda: isinstance(int, type))
t(lambda: isinstance(type, object))
t(lambda: isinstance(object, type))
t(lambda: isinstance(1, 'int'))
t(lambda: isinstance(1, (int, 'x')))
t(lambda: isinstance(1, ('x', int)))
t(lambda: isinstance(1, list[int]))
t(lambda: isinstance(1))
t(lambda: issubclass(B, A))
t(lambda: issubclass(A, B))
t(lambda: issubclass(A, A))
t(lambda: issubclass(bool, int))
t(lambda: issubclass(B, (C, A)))
t(lambda: issubclass(int, object))
t(lambda: issubclass(B, A | C))
t(lambda: issubclass(B(), A))
t(lambda: issubclass(B, 1))
t(lambda: issubclass(list[int], list))

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
t(lambda: isinstance('magic', M))
t(lambda: isinstance(M(), M))
t(lambda: isinstance(M(), (M,)))
t(lambda: issubclass(int, M))
t(lambda: issubclass(M, M))

class FakeClass:
    __bases__ = ()
class Fake:
    @property
    def __class__(self):
        return int
t(lambda: isinstance(Fake(), int))
t(lambda: type(Fake()).__name__)
