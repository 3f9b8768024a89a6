# weakref.WeakValueDictionary and WeakKeyDictionary: entries vanish with their objects, the
# mapping API, iteration guards, copies, and KeyedRef values.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


objs = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd["k%d" % o.n] = o
print(len(wvd), sorted(wvd), wvd["k2"], wvd.get("k9"), "k3" in wvd)
del objs[2]
print(len(wvd), sorted(wvd), "k2" in wvd)
print(type(wvd.data["k1"]).__name__, wvd.data["k1"].key)
print(sorted(wvd.valuerefs(), key=lambda r: r().n)[0]() is objs[0])
print(wvd.pop("k1"), wvd.setdefault("k0", None), wvd.popitem()[0] in {"k0", "k3", "k4", "k5"})
# removal while iterating is deferred until the iteration ends
for key in wvd:
    objs.pop()
    break
print(len(wvd), sorted(wvd))
c = wvd.copy()
print(type(c).__name__, sorted(c) == sorted(wvd))
wvd2 = weakref.WeakValueDictionary(a=objs[0])
print(dict(wvd2), repr(wvd2).startswith("<WeakValueDictionary at 0x"))
print((wvd | {"x": objs[0]})["x"])
objs.clear()
print(len(wvd), len(wvd2), len(c))

keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[keys[1]], keys[2] in wkd, sorted(wkd.values()))
del keys[1]
print(len(wkd), sorted(k.n for k in wkd.keys()))
print(sorted(r().n for r in wkd.keyrefs()))
print(wkd.pop(keys[0]), wkd.get(keys[0], "gone"), len(wkd))
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError:", e)
keys.clear()
print(len(wkd), list(wkd.items()))
