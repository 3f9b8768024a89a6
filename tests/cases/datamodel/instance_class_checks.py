# isinstance/issubclass, __instancecheck__, __subclasscheck__, tuples and unions.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is bool
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("s", IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(1, (str, (float, int))), isinstance(1, int | str), issubclass(bool, int | None))
print(issubclass(bool, int), issubclass(int, object), issubclass(object, int), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, object), issubclass(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 1))
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), B.__bases__, B.__base__.__name__)
print([c.__name__ for c in B.__mro__], [c.__name__ for c in B.mro()])
print([c.__name__ for c in A.__subclasses__()])
