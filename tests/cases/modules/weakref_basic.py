# _weakref.ref: calling, reuse of the callback-less ref, __callback__, death by refcount,
# __weakref__, getweakrefcount/getweakrefs and which objects can be weakly referenced.
import _weakref

ref = _weakref.ref


class C:
    pass


c = C()
r = ref(c)
print(r() is c, r is ref(c), type(r).__name__, type(r).__module__, ref is _weakref.ReferenceType)
print(r.__callback__, c.__weakref__ is r)


def cb(w):
    print("callback got", type(w).__name__, w() is None, w is r2)


r2 = ref(c, cb)
print(r2 is not r, r2.__callback__ is cb, _weakref.getweakrefcount(c))
print(_weakref.getweakrefs(c) == [r, r2], _weakref.getweakrefs(c)[0] is r)
r3 = ref(c, None)
print("None callback reuses:", r3 is r)
del c
print("after del:", r(), r2(), r2.__callback__, _weakref.getweakrefcount(r))

# objects that can and cannot be weakly referenced
def gen():
    yield 1


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("__weakref__",)


class MyInt(int):
    pass


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyExc(Exception):
    pass


import sys

candidates = [1, 2.5, "s", b"b", [], {}, (), None, True, object(), Exception(), range(2), slice(1),
              set(), frozenset(), C, C(), Slotted(), SlottedWeak(), MyInt(3), MyList(), MyTuple(), MyExc(),
              gen, gen(), len, [].append, sys, gen.__code__, C.__init__, property(), int, type, memoryview(b"")]
for o in candidates:
    try:
        ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)

# a weakref is not weakly referenceable itself
try:
    ref(ref(C))
except TypeError as e:
    print(e)

# __weakref__ of an unreferenced object, and getweakrefcount of anything
o = C()
print(o.__weakref__, _weakref.getweakrefcount(o), _weakref.getweakrefcount(5), _weakref.getweakrefs(5))

# argument errors
for call in (lambda: ref(), lambda: ref(1, 2, 3), lambda: ref(o, callback=None), lambda: ref(o)(1),
             lambda: _weakref.getweakrefcount(), lambda: _weakref.getweakrefs(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
