# Iterating WeakValueDictionary/WeakKeyDictionary/WeakSet while entries die: removals are deferred until iteration ends.
import gc, weakref
gc.collect(); gc.disable()
class O:
    def __init__(self, n): self.n = n
objs = [O(i) for i in range(6)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
ws = weakref.WeakSet(objs)
seen = []
for k in wv:
    if k == 0:
        del objs[3:]
    seen.append(k)
print(len(seen) >= 3, len(wv), sorted(wv))
objs += [O(10), O(11)]
for o in objs[-2:]:
    wk[o] = o.n; ws.add(o)
it_seen = []
for o in list(ws):
    it_seen.append(o.n)
del o  # the loop variable would keep whichever object set order put last alive
print(sorted(it_seen), len(ws), len(wk))
for k in wk.keys():
    objs.pop()
    break
print(len(wk), len(ws))
try:
    for k in wv:
        wv[100 + k] = O(0)
except RuntimeError as e:
    print("RuntimeError", e)
gc.enable()
