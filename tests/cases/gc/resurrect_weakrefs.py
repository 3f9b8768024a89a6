# Weak references when __del__ resurrects: refcount-freed objects keep their weakrefs; in cycles weakrefs are cleared before __del__ runs.
import gc, weakref
gc.collect(); gc.disable()
saved = []
log = []
class R:
    def __del__(self):
        log.append(("del", w() is None))
        saved.append(self)
r = R()
w = weakref.ref(r, lambda ref: log.append("callback"))
del r
print(log, w() is saved[0] if w() is not None else None)
saved.clear(); log.clear()
print(log)
c = R(); c.me = c
w = weakref.ref(c, lambda ref: log.append("cycle callback"))
del c
gc.collect()
print(log, w(), len(saved))
saved.clear(); log.clear()
gc.collect()
print(log)
gc.enable()
