# What type.__new__ puts in a class namespace and keeps consistent: key order, __dict__/__weakref__ descriptors per base, __hash__ = None beside __eq__, __module__ from the caller, subclass MROs after __bases__ assignment
class Plain:
    x = 1
    def m(self):
        return __class__
print(list(Plain.__dict__))
print(list(type('Dyn', (), {'a': 1}).__dict__), type('Dyn', (), {}).__module__)
class Doc:
    "doc first"
    y = 2
print(list(Doc.__dict__))
for base in (object, int, str, tuple, bytes, list, dict, set, frozenset, Exception, type):
    class Sub(base):
        pass
    print(base.__name__, [k for k in Sub.__dict__ if k in ('__dict__', '__weakref__')])
class Slotted:
    __slots__ = ('b', 'a')
print(list(Slotted.__dict__), Slotted.a.__name__, type(Slotted.a).__name__)
class WithWeak:
    __slots__ = ('__weakref__',)
print(list(WithWeak.__dict__), WithWeak().__weakref__)
try:
    class Twice:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, other):
        return True
print(list(Eq.__dict__)[-1], Eq.__hash__)
class EqHash(Eq):
    def __hash__(self):
        return 7
print(hash(EqHash()), '__hash__' in EqHash.__dict__)
class OwnDict:
    @property
    def __dict__(self):
        return {'own': True}
print(OwnDict().__dict__)
class A: pass
class B(A): pass
class C(B): pass
class Z: pass
B.__bases__ = (Z,)
print([k.__name__ for k in C.__mro__], issubclass(C, A), issubclass(C, Z))
print([sorted(locals()) for q in [1]])
class Body:
    v = 1
    names = [sorted(locals()) for w in [1]]
print(Body.names)
