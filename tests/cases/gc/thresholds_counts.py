# gc.set_threshold/get_threshold round trips and errors; enable/disable/isenabled; collect argument errors.
import gc
old = gc.get_threshold()
print(type(old).__name__, len(old))
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(700, 10, 10)
print(gc.get_threshold()[0])
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.disable(); gc.enable(); print(gc.isenabled())
for g in (-1, 3):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError", e)
print(type(gc.collect(generation=1)).__name__)
print(type(gc.get_count()).__name__, len(gc.get_count()))
st = gc.get_stats()
print(len(st), sorted(st[0]))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0); print(gc.get_debug())
