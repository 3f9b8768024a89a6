# set misc: repr of int sets, recursion-free nesting via frozenset, comprehension, mutation during iteration error, hashing of numbers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: {1})
t(lambda: set())
t(lambda: frozenset())
t(lambda: frozenset({1}))
t(lambda: {frozenset({1})})
t(lambda: sorted({x % 4 for x in range(20)}))
t(lambda: {1, 1.0, True})
t(lambda: {1.0, 1})
t(lambda: {0, -0.0, False})
t(lambda: len({2**70, 2**70}))
s = {1, 2, 3}
def add_during():
    for x in s:
        s.add(x + 10)
t(add_during)
s2 = {1, 2}
def remove_during():
    for x in s2:
        s2.discard(x)
t(remove_during)
class S(set):
    def __repr__(self):
        return 'S' + repr(sorted(self))
t(lambda: S([3, 1]))
t(lambda: str({5}))
t(lambda: set('a').__class__.__name__)
it = iter({1, 2, 3})
next(it)
t(lambda: it.__length_hint__())
t(lambda: type(it).__name__)
t(lambda: sorted(set([3, 1, 2]).union(frozenset([0]))))
t(lambda: set.__init__(set([1]), [2]))
z = {1}
set.__init__(z, [5, 6])
t(lambda: sorted(z))
t(lambda: sorted(map(abs, {-1, 1, -2})))
t(lambda: max({4, 9, 2}))
t(lambda: sum({1, 2, 3}))
t(lambda: 2 in frozenset(range(5)))
t(lambda: set([1, 2]) == {1: 'a', 2: 'b'}.keys())
t(lambda: sorted({'b', 'a', 'c'}))
