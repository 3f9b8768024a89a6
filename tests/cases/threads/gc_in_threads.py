# gc.collect() called from several threads while others build and drop cycles; weakref callbacks and __del__ run exactly once each.
import threading, gc, weakref
dels = []
cbs = []
lock = threading.Lock()
class Node:
    def __init__(self, k): self.k = k
    def __del__(self):
        with lock: dels.append(self.k)
refs = []
def build(t):
    for i in range(300):
        a = Node((t, i)); b = Node(None); a.b = b; b.a = a
        r = weakref.ref(a, lambda r, k=(t, i): cbs.append(k))
        with lock: refs.append(r)
        if i % 50 == 0:
            gc.collect()
ts = [threading.Thread(target=build, args=(t,)) for t in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
named = [k for k in dels if k is not None]
print(len(named), len(set(named)), len(dels), len(cbs), len(set(cbs)), all(r() is None for r in refs))
