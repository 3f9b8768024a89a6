# Which objects accept weak references (functions, classes, sets, instances, bound methods) and which do not (ints, tuples, lists, __slots__ without __weakref__).
import weakref
class C: pass
class S: __slots__ = ("a",)
class SW: __slots__ = ("a", "__weakref__")
def f(): pass
for obj in [f, C, C(), set(), frozenset(), SW(), type, weakref.ref(C), iter([]), C().__init__, (i for i in [])]:
    try:
        weakref.ref(obj); print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)
for obj in [1, "s", (1,), [1], {}, S(), None, 2.0, b"x", object()]:
    try:
        weakref.ref(obj); print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)
class L(list): pass
class D(dict): pass
print(weakref.ref(L())() is None, weakref.ref(D()) is not None)
print(hasattr(C(), "__weakref__"), hasattr(S(), "__weakref__"), "__weakref__" in SW.__slots__)
