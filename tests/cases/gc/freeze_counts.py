# gc.freeze/unfreeze/get_freeze_count: frozen objects survive collection, counts go back to zero.
import gc
gc.collect()
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
class N: pass
n = N(); n.me = n
del n
gc.collect()
gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze(); gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
try:
    gc.freeze(1)
except TypeError as e:
    print("TypeError", e)
