# gc.get_objects includes tracked containers and instances; gc.is_tracked for atoms, tuples of atoms, dicts, instances.
import gc
class C: pass
c = C()
lst = [c]
objs = gc.get_objects()
print(any(o is lst for o in objs), any(o is c for o in objs))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(lambda: 0), gc.is_tracked(b"b"), gc.is_tracked(3.0))
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(generation=-1)
except ValueError as e:
    print("ValueError", e)
print(type(gc.get_objects(generation=None)).__name__)
