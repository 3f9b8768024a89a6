# WeakKeyDictionary: keys in cycles collected, entries removed; copy, update, setdefault, pop, in, iteration under gc.
import gc, weakref
gc.collect(); gc.disable()
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K({self.n})"
d = weakref.WeakKeyDictionary()
keys = [K(i) for i in range(5)]
for k in keys:
    d[k] = k.n * 10
    k.me = k
print(len(d), sorted(d.values()))
del keys[1:3], k
gc.collect()
print(len(d), sorted(d.values()), sorted(x.n for x in d.keys()))
print(d.get(keys[0]), keys[0] in d, d.pop(keys[0]), keys[0] in d)
print(d.setdefault(keys[1], "new"), d.setdefault(K(9), "temp"), len(d))
gc.collect()
print(len(d))
c = d.copy()
print(type(c).__name__, len(c), sorted(v for v in c.values()))
print(sorted(r().n for r in d.keyrefs()))
try:
    d[5] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d[K(0)]
except KeyError as e:
    print("KeyError")
keys.clear()
gc.collect()
print(len(d), len(c), list(d.items()))
gc.enable()
