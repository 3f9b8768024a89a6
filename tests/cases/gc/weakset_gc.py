# WeakSet: members in cycles disappear at collection; set operations, comparison, copy and iteration after gc.
import gc, weakref
gc.collect(); gc.disable()
class E:
    def __init__(self, n): self.n = n
items = [E(i) for i in range(6)]
for e in items: e.me = e
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, 5 in ws)
del items[3:], e
gc.collect()
print(len(ws), sorted(x.n for x in ws))
other = weakref.WeakSet(items[:2])
print(other <= ws, ws >= other, other < ws, ws == weakref.WeakSet(items), other.issubset(ws))
u = ws | other; i = ws & other; d = ws - other; s = ws ^ other
print(sorted(x.n for x in u), sorted(x.n for x in i), sorted(x.n for x in d), sorted(x.n for x in s))
ws.discard(items[0]); ws.remove(items[1])
try:
    ws.remove(items[1])
except KeyError:
    print("KeyError")
print(len(ws))
p = ws.pop(); print(p.n, len(ws))
ws.add(p); ws.update(items); print(len(ws))
items.clear(); del p
gc.collect()
print(len(ws), len(other), len(u), list(ws))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError", e)
print(weakref.WeakSet() == set(), weakref.WeakSet() != weakref.WeakSet())
gc.enable()
