# Weakref callbacks get the dead reference; they cannot see the referent; a callback on a ref in a dict; ref() after death; callback reentry.
import gc, weakref
gc.collect(); gc.disable()
log = []
class T: pass
t = T(); t.me = t
def cb(r):
    log.append((r(), r is wr))
wr = weakref.ref(t, cb)
del t
gc.collect()
print(log); log.clear()
registry = {}
def on_death(r):
    log.append(("removed", registry.pop(r)))
objs = [T() for _ in range(3)]
for i, o in enumerate(objs):
    o.me = o
    registry[weakref.ref(o, on_death)] = i
del objs, o
gc.collect()
print(sorted(log), registry); log.clear()
def chain_cb(r):
    log.append("first")
    other = T()
    weakref.ref(other, lambda r: log.append("inner"))
    del other
t2 = T(); w2 = weakref.ref(t2, chain_cb); del t2
print(log); log.clear()
class WithDel:
    def __del__(self):
        log.append(("del sees ref alive", wd() is None))
o = WithDel(); o.me = o
wd = weakref.ref(o, lambda r: log.append("cb"))
del o
gc.collect()
print(log)
gc.enable()
