# The gc module's switches, thresholds, counts and argument errors.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 3)
print(gc.get_threshold())
gc.set_threshold(2000, 10, 0)
gc.collect()
print(gc.get_count())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(type(gc.get_objects()), type(gc.get_objects(0)), type(gc.get_objects(generation=2)))
objs = gc.get_objects()
marker = [object()]
print(any(o is marker for o in gc.get_objects()))
for call in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('x'),
             lambda: gc.get_objects(3), lambda: gc.get_objects('x'),
             lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
             lambda: gc.set_debug('x'), lambda: gc.is_tracked(),
             lambda: gc.collect(generation=1, x=2)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0), gc.collect(1))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect.__text_signature__, gc.get_referents.__text_signature__, gc.set_threshold.__text_signature__)
