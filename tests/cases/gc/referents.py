# gc.get_referents and gc.get_referrers.
import gc

a = [1, 'x', None]
print(gc.get_referents(a))
print(gc.get_referents((1, 2), [3]))
d = {'k': 'v'}
print(gc.get_referents(d))
print(gc.get_referents(1, 'str', 2.5))


class C:
    pass


holder = [a]
other = {'a': a}
found = gc.get_referrers(a)
print(any(r is holder for r in found), any(r is other for r in found))
print(C in gc.get_referents(C()))
