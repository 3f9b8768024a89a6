# PEP 442 for cycles: every __del__ in the cycle runs before any is cleared; attributes are intact inside __del__.
import gc
gc.collect(); gc.disable()
log = []
class N:
    def __init__(self, name): self.name = name
    def __del__(self):
        log.append((self.name, self.peer.name, hasattr(self.peer, "peer")))
a, b, c = N("a"), N("b"), N("c")
a.peer, b.peer, c.peer = b, c, a
del a, b, c
gc.collect()
print(sorted(log)); log.clear()
class Holder:
    def __init__(self, name): self.name = name; self.items = []
    def __del__(self):
        log.append((self.name, len(self.items), [type(x).__name__ for x in self.items]))
h = Holder("h"); h.items += [h, {"h": h}, (h,)]
del h
gc.collect()
print(log); log.clear()
class Mixed:
    def __del__(self): log.append("mixed del")
class Plain: pass
m = Mixed(); p = Plain(); m.p = p; p.m = m
import weakref
w = weakref.ref(p, lambda r: log.append("plain weakref cb"))
del m, p
gc.collect()
print(sorted(log)); log.clear()
print(gc.collect())
gc.enable()
