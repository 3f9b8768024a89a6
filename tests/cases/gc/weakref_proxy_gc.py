# weakref.proxy to objects in cycles: works while alive, ReferenceError after collection, callbacks, getweakrefs.
import gc, weakref
gc.collect(); gc.disable()
log = []
class C:
    def __init__(self): self.v = 5
    def meth(self): return "meth"
    def __call__(self, x): return x * 2
c = C(); c.me = c
p = weakref.proxy(c, lambda pr: log.append("proxy cb"))
cp = weakref.proxy(c)
print(p.v, p.meth(), cp(21), type(cp).__name__, type(p).__name__)
r = weakref.ref(c)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del c
gc.collect()
print(log, r())
for attempt in (lambda: p.v, lambda: cp(1), lambda: str(p)):
    try:
        attempt()
    except ReferenceError as e:
        print("ReferenceError", e)
print(weakref.getweakrefcount(object.__new__(C)))
class L(list): pass
lst = L([3, 1, 2]); px = weakref.proxy(lst)
print(len(px), sorted(px), px[0], 3 in px)
px.append(0); print(lst)
del lst; gc.collect()
try:
    len(px)
except ReferenceError as e:
    print("ReferenceError", e)
gc.enable()
