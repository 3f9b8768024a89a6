# gc.DEBUG_SAVEALL keeps collected cycles in gc.garbage instead of freeing them; __del__ still not rerun.
import gc
gc.collect(); gc.disable()
class N:
    def __init__(self, n): self.n = n
gc.set_debug(gc.DEBUG_SAVEALL)
a = N(1); b = N(2); a.o = b; b.o = a
del a, b
gc.collect()
ns = sorted(x.n for x in gc.garbage if isinstance(x, N))
print(ns, all(isinstance(x, (N, dict)) for x in gc.garbage) or len(ns))
log = []
class D:
    def __del__(self): log.append("del")
d = D(); d.me = d; del d
gc.collect()
print(log, sum(isinstance(x, D) for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print(log, gc.garbage)
l = []; l.append(l); del l
gc.collect()
print(gc.garbage)
gc.enable()
