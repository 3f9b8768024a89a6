# object data model defaults: __eq__/__ne__ inversion, __hash__ set to None by __eq__, __class__ assignment rules, __init_subclass__, __reduce_ex__ shape
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
t(lambda: OnlyEq(1) == OnlyEq(1))
t(lambda: OnlyEq(1) != OnlyEq(1))
t(lambda: OnlyEq(1) != OnlyEq(2))
t(lambda: OnlyEq.__hash__)
t(lambda: hash(OnlyEq(1)))
class EqAndHash(OnlyEq):
    __hash__ = object.__hash__
t(lambda: type(hash(EqAndHash(1))).__name__)
class Inherit(OnlyEq):
    pass
t(lambda: Inherit.__hash__)
class NeOnly:
    def __ne__(self, other):
        return 'custom ne'
t(lambda: NeOnly() != 1)
t(lambda: NeOnly() == 1)
class A:
    pass
class B:
    pass
a = A()
a.__class__ = B
t(lambda: type(a).__name__)
t(lambda: setattr(a, '__class__', int))
t(lambda: setattr(1, '__class__', bool))
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
s = S1()
s.__class__ = S2
t(lambda: type(s).__name__)
t(lambda: setattr(s, '__class__', S3))
t(lambda: object.__eq__(a, a))
t(lambda: object.__eq__(a, 1))
t(lambda: object.__ne__(a, a))
t(lambda: object.__lt__(a, a))
t(lambda: object.__repr__(5)[:13])
t(lambda: object.__str__(5))
t(lambda: object.__reduce_ex__(A(), 2)[0].__name__)
t(lambda: object.__reduce_ex__(A(), 2)[1][0].__name__)
t(lambda: A().__reduce__()[0].__name__)
t(lambda: object.__format__(A(), '').startswith('<__main__.A object at '))
t(lambda: object.__sizeof__(A()) > 0)
t(lambda: object.__dir__(A()) == dir(A()))
t(lambda: type(object.__dir__(A())).__name__)
t(lambda: object.__init_subclass__())
t(lambda: object.__subclasshook__(int))
t(lambda: A.__init__ is object.__init__)
t(lambda: A.__new__ is object.__new__)
t(lambda: A.__dict__['__dict__'].__name__)
class Fresh:
    pass
t(lambda: sorted(k for k in Fresh.__dict__))
