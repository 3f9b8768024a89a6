# DEBUG_SAVEALL keeps collected objects in gc.garbage instead of freeing them.
import gc

gc.collect()
gc.disable()
print(gc.garbage, gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
lid = id(l)
del l
print(gc.collect())
print(len(gc.garbage), id(gc.garbage[0]) == lid, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.enable()
