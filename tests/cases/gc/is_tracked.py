# gc.is_tracked: containers are tracked, atomic objects are not; a tuple of
# atomic objects is untracked by the next collection.
import gc


class C:
    pass


class S:
    __slots__ = ('a',)


def f():
    pass


print(gc.is_tracked(0), gc.is_tracked(10**30), gc.is_tracked(1.5), gc.is_tracked('s'),
      gc.is_tracked(b'b'), gc.is_tracked(None), gc.is_tracked(True))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()), gc.is_tracked({'a': 1}))
print(gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(C), gc.is_tracked(f))
print(gc.is_tracked(()), gc.is_tracked(int), gc.is_tracked(len))
t = tuple([1, 2])
u = tuple([[], 2])
v = tuple([t, 3])
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
