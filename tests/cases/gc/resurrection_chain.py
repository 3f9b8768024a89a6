# __del__ resurrection: saved object survives, __del__ not rerun, attributes intact, resurrected cycles, repeated resurrection.
import gc
gc.collect(); gc.disable()
saved = []
count = {}
class R:
    def __init__(self, name): self.name = name
    def __del__(self):
        count[self.name] = count.get(self.name, 0) + 1
        saved.append(self)
r = R("plain"); del r
print(count, [s.name for s in saved])
saved.clear()
print(count)
a = R("ca"); b = R("cb"); a.b = b; b.a = a
del a, b
gc.collect()
print(sorted(count.items()), sorted(s.name for s in saved))
x = saved[0]
print(x.b.a is x if x.name == "ca" else x.a.b is x)
saved.clear(); del x
gc.collect()
print(sorted(count.items()), saved)
class Once:
    def __del__(self):
        count["once"] = count.get("once", 0) + 1
        if count["once"] < 3:
            global keep
            keep = self
keep = Once()
for _ in range(4):
    keep = None
    gc.collect()
print(count["once"], keep)
class ViaGlobal:
    def __del__(self):
        global revived
        revived = self
v = ViaGlobal(); v.self = v; del v
gc.collect()
print(type(revived).__name__, gc.is_finalized(revived))
del revived
gc.collect()
print("done")
gc.enable()
