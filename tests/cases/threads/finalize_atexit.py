# weakref.finalize with atexit=True runs at exit for live objects, newest first; atexit=False ones are skipped; atexit order around them.
import weakref, atexit
class O: pass
keep = [O() for _ in range(4)]
weakref.finalize(keep[0], print, "finalizer 0 (registered first)")
weakref.finalize(keep[1], print, "finalizer 1")
f = weakref.finalize(keep[2], print, "finalizer 2, atexit off")
f.atexit = False
weakref.finalize(keep[3], print, "finalizer 3 (registered last)")
atexit.register(print, "atexit handler")
done = weakref.finalize(O(), print, "already dead")
print("main ends")
