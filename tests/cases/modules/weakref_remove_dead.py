# _weakref._remove_dead_weakref: deletes a key only when its value is a dead weak reference.
import _weakref


class C:
    pass


a, b = C(), C()
d = {"a": _weakref.ref(a), "b": _weakref.ref(b), "n": 1}
del a
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "b")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    _weakref._remove_dead_weakref(d, "n")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref([], "n")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref(d)
except TypeError as e:
    print("TypeError:", e)
