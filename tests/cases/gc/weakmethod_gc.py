# WeakMethod: dies with its instance (also in cycles) or function; callbacks; equality and hashing.
import gc, weakref
gc.collect(); gc.disable()
log = []
class C:
    def m(self): return "m called"
c = C(); c.me = c
wm = weakref.WeakMethod(c.m, lambda r: log.append("callback"))
print(wm()(), wm() == c.m, wm() is c.m)
wm2 = weakref.WeakMethod(c.m)
print(wm == wm2, hash(wm) == hash(wm2), wm != wm2)
del c
gc.collect()
print(wm(), log, wm == wm2, wm != wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(lambda: 1)
except TypeError as e:
    print("TypeError", e)
# The method's function dying kills it too.
class D: pass
def f(self): return 1
D.f = f
d = D()
wm3 = weakref.WeakMethod(d.f, lambda r: log.append("func died"))
del D.f, f
gc.collect()
print(wm3(), log)
e = C()
wmc = weakref.WeakMethod(e.m)
print(type(wmc).__mro__[1].__name__, isinstance(wmc, weakref.ref))
del e
print(wmc())
gc.enable()
