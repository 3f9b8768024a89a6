# gc.is_finalized: False before __del__, True after a resurrecting finalizer ran, False for objects without __del__ and non-gc objects.
import gc
gc.collect(); gc.disable()
keep = []
class F:
    def __del__(self): keep.append(self)
class P: pass
f = F()
print(gc.is_finalized(f), gc.is_finalized(P()), gc.is_finalized(1), gc.is_finalized([]))
del f
print(len(keep), gc.is_finalized(keep[0]))
g = F(); g.me = g; del g
gc.collect()
print(len(keep), gc.is_finalized(keep[1]))
p = P(); p.me = p
print(gc.is_finalized(p))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError", e)
keep.clear()
gc.collect()
print("ok")
gc.enable()
