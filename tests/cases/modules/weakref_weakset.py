# weakref.WeakSet (from _weakrefset): members vanish with their objects; set operations.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(objs[:3])
print(len(ws), objs[0] in ws, objs[4] in ws, Obj(9) in ws, 1 in ws)
ws.add(objs[4])
del objs[0]
print(len(ws), sorted(o.n for o in ws))
other = weakref.WeakSet(objs[1:])
print(sorted(o.n for o in ws & other), sorted(o.n for o in ws | other), sorted(o.n for o in ws - other))
print(ws <= weakref.WeakSet(objs), ws == weakref.WeakSet(ws), ws.isdisjoint(weakref.WeakSet()))
ws.discard(objs[0])
ws.remove(objs[1])
try:
    ws.remove(objs[1])
except KeyError:
    print("KeyError")
print(len(ws), ws.pop() is objs[3], len(ws))
copy = ws.copy()
objs.clear()
print(len(ws), len(copy), len(other), list(other))
try:
    weakref.WeakSet([1])
except TypeError as e:
    print("TypeError:", e)
