# threading.local values die when their thread ends (weakref callbacks fire) and when the local itself is dropped.
import threading, weakref, gc
loc = threading.local()
class V: pass
dead = []
def work(i):
    v = V(); loc.v = v
    weakref.finalize(v, dead.append, i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
print(sorted(dead))
dead.clear()
v = V(); loc.v = v
weakref.finalize(v, dead.append, "main")
del v
print(dead)
del loc
gc.collect()
print(dead)
l2 = threading.local()
c = V(); c.me = c; l2.c = c
weakref.finalize(c, dead.append, "cycle")
del c, l2
gc.collect()
print(dead)
