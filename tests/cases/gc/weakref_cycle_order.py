# Weak reference callbacks when a cycle of several objects is collected: all referents are dead before any callback runs.
import gc, weakref
gc.collect(); gc.disable()
log = []
class N:
    def __init__(self, name): self.name = name
nodes = [N(c) for c in "abcd"]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
refs = [weakref.ref(n, lambda r, c=n.name: log.append((c, all(x() is None for x in refs)))) for n in nodes]
del nodes, n
gc.collect()
print(sorted(log))
log.clear()
class P:
    pass
p = P(); q = P(); p.q = q; q.p = p
r1 = weakref.ref(p, lambda r: log.append("p-cb1"))
r2 = weakref.ref(p, lambda r: log.append("p-cb2"))
r3 = weakref.ref(q, lambda r: log.append("q-cb"))
print(weakref.getweakrefcount(p), weakref.getweakrefcount(q))
del p, q
gc.collect()
print(sorted(log), r1() is None, r3() is None)
log.clear()
# a callback reachable only from the garbage still runs if the weakref itself is live
x = P(); x.self = x
def cb(r):
    log.append("x callback")
keep = weakref.ref(x, cb)
del cb, x
gc.collect()
print(log)
log.clear()
# callbacks that raise are reported but the others still run
import sys
caught = []
sys.unraisablehook = lambda u: caught.append(type(u.exc_value).__name__)
y = P(); y.self = y
w1 = weakref.ref(y, lambda r: 1 / 0)
w2 = weakref.ref(y, lambda r: log.append("second ran"))
del y
gc.collect()
print(log, caught)
gc.enable()
