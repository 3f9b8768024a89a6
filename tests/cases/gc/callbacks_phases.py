# gc.callbacks: start/stop phases, info keys, generation argument, removal, exceptions in callbacks.
import gc, sys
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
gc.collect()
print(seen[0], seen[1][0], seen[1][1])
seen.clear()
gc.collect(0)
print([s[2] for s in seen], [s[0] for s in seen])
seen.clear()
gc.collect(2)
print([s[2] for s in seen])
gc.callbacks.remove(cb)
seen.clear(); gc.collect(); print(seen)
caught = []
sys.unraisablehook = lambda u: caught.append(type(u.exc_value).__name__)
def bad(phase, info):
    raise RuntimeError("bad callback")
gc.callbacks.append(bad); gc.callbacks.append(cb)
gc.collect()
gc.callbacks.clear()
print(caught[:1], [s[0] for s in seen])
print(type(gc.callbacks).__name__, gc.callbacks)
