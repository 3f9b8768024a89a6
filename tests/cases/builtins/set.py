# set(): construction from iterables, dedup of equal numbers, unhashable errors, sorted printing, set displays
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: set())
t(lambda: set([3, 1, 3, 2]))
t(lambda: sorted(set('mississippi')))
t(lambda: set({1: 'a', 2: 'b'}))
t(lambda: set(range(5)) == {0, 1, 2, 3, 4})
t(lambda: set([1, 1.0, True]))
t(lambda: set([0, 0.0, False, -0.0]))
t(lambda: len({1, 2} | {2, 3}))
t(lambda: {1, 2, 3} & {2, 3, 4})
t(lambda: set([[1]]))
t(lambda: set([{}]))
t(lambda: set(5))
t(lambda: set([1], [2]))
t(lambda: set(iterable=[1]))
t(lambda: {*range(3), *[2, 5]})
t(lambda: set(frozenset([4])))
t(lambda: type({x for x in range(3)}).__name__)
s = {1}
s2 = set(s)
s2.add(2)
print(s, s2, s is s2)
class S(set):
    pass
t(lambda: S([1]))
t(lambda: type(S([1]) | {2}).__name__)
t(lambda: set() == frozenset())
t(lambda: {(1, 2), (1, 2)})
t(lambda: {float('nan'), float('nan')} != set())
nan = float('nan')
t(lambda: len({nan, nan}))
t(lambda: sorted({-5, 10, 0, 3}))
