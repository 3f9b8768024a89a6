# Weak references to collected cycles: every one dies before any callback
# runs; callbacks of live references run (newest first, as the referent's
# list orders them); a reference that is itself garbage never calls back.
import gc
import weakref

gc.collect()
gc.disable()
log = []


class Node:
    pass


a, b = Node(), Node()
a.other, b.other = b, a
ra1 = weakref.ref(a, lambda r: log.append(('a1', ra1() is None, rb() is None)))
ra2 = weakref.ref(a, lambda r: log.append(('a2', r is ra2)))
rb = weakref.ref(b, lambda r: log.append(('b', ra1() is None)))
plain = weakref.ref(a)
del a, b
print(gc.collect() >= 2)
print(log)
print(plain() is None, ra1() is None)
log.clear()

# the weak reference is part of the garbage: its callback does not run
c = Node()
c.me = c
c.ref = weakref.ref(c, lambda r: log.append('garbage ref called back'))
del c
gc.collect()
print(log)

# a callback that resurrects nothing but creates new objects is fine
d = Node()
d.me = d
keep = []
rd = weakref.ref(d, lambda r: keep.append([Node() for _ in range(3)]))
del d
gc.collect()
print(len(keep), len(keep[0]))

# a proxy to a collected object is dead
e = Node()
e.me = e
p = weakref.proxy(e, lambda r: log.append('proxy callback'))
del e
gc.collect()
try:
    p.me
except ReferenceError as exc:
    print('ReferenceError', exc)
print(log)

# WeakValueDictionary entries of collected cycles go away
wvd = weakref.WeakValueDictionary()
f = Node()
f.me = f
wvd['f'] = f
del f
gc.collect()
print(list(wvd))

# weakref.finalize runs for an object freed by the collector
g = Node()
g.me = g
weakref.finalize(g, print, 'finalized g')
del g
gc.collect()
print('end')
gc.enable()
