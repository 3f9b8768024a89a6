# sys.unraisablehook receives errors from __del__, weakref callbacks and finalize; a failing hook is reported; None means default.
import sys, gc, weakref
got = []
def hook(u):
    got.append((u.exc_type.__name__, str(u.exc_value), u.err_msg.split(" <")[0], u.object, u.exc_traceback is not None))
sys.unraisablehook = hook
class D:
    def __del__(self): raise ValueError("in del")
D()
d = D(); d.me = d; del d; gc.collect()
class O: pass
o = O(); r = weakref.ref(o, lambda r: 1 / 0); del o
for item in got: print(item)
got.clear()
u = None
def grab(x):
    global u
    u = x
sys.unraisablehook = grab
D()
print(type(u).__name__, len(u), u[0].__name__, u.object, type(u).__module__ if hasattr(type(u), "__module__") else None)
del u
print(sys.__unraisablehook__.__name__, callable(sys.unraisablehook))
sys.unraisablehook = sys.__unraisablehook__
print("restored")
