# weakref.finalize: call once, alive, peek, detach, atexit flag, args/kwargs, finalizers of cycles at collection.
import gc, weakref
gc.collect(); gc.disable()
log = []
class O: pass
o = O()
f = weakref.finalize(o, log.append, "finalized")
print(f.alive, f.atexit, f.peek()[0] is o, f.peek()[2:])
print(f(), f.alive, f(), f.peek(), log)
o2 = O()
f2 = weakref.finalize(o2, lambda *a, **k: log.append((a, k)), 1, 2, key="v")
print(f2.detach()[2:], f2.detach(), f2.alive)
del o2
gc.collect()
print(log)
o3 = O(); o3.me = o3
f3 = weakref.finalize(o3, log.append, "cycle finalized")
del o3
gc.collect()
print(log[-1], f3.alive)
o4 = O()
f4 = weakref.finalize(o4, lambda: 42)
print(f4(), f4())
f5 = weakref.finalize(O(), log.append, "immediate")
print(log[-1], f5.alive)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError", e)
# several finalizers on one object run newest first
o6 = O()
for i in range(3):
    weakref.finalize(o6, log.append, i)
del o6
print(log[-3:])
o7 = O(); f7 = weakref.finalize(o7, print, "at exit"); f7.atexit = False
print(f7.atexit)
gc.enable()
