# WeakValueDictionary entries vanish when values in cycles are collected; setdefault/pop/get/items under gc.
import gc, weakref
gc.collect(); gc.disable()
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(6)]
for v in vals:
    d[v.n] = v
    v.me = v
print(len(d), sorted(d.keys()))
del vals[::2], v
gc.collect()
print(len(d), sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(d.get(0), d.get(1), 0 in d, 1 in d)
try:
    d[0]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault(1, V(99)), d.pop(3), len(d))
new = V(7)
print(d.setdefault(7, new) is new, 7 in d)
del new
gc.collect()
print(7 in d, len(d))
refs = d.valuerefs()
print(len(refs), sorted(r().n for r in refs))
print(sorted((k, v.n) for k, v in d.items()))
vals.clear()
gc.collect()
print(len(d), list(d.items()))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
x = V(1); d["x"] = x; d2 = d.copy(); print(list(d2.keys()), type(d2).__name__)
d.update({"y": x}, z=x); print(sorted(d.keys()))
del x; gc.collect(); print(len(d), len(d2))
gc.enable()
