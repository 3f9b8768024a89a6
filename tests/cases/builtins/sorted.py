# sorted(): key, reverse, stability (also under reverse), mixed types, keyword-only args, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: sorted([3, 1, 2]))
t(lambda: sorted('banana'))
t(lambda: sorted({'b': 1, 'a': 2}))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len))
t(lambda: sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (1, 'e')]
t(lambda: sorted(pairs, key=lambda p: p[0]))
t(lambda: sorted(pairs, key=lambda p: p[0], reverse=True))
t(lambda: sorted([1.5, 1, True, 0.5, False]))
t(lambda: sorted([-3, 2, -1], key=abs))
t(lambda: sorted(['B', 'a', 'C'], key=str.lower))
t(lambda: sorted([]))
t(lambda: sorted(x for x in (5, 4)))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: sorted())
t(lambda: sorted(5))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], reverse='yes'))
t(lambda: sorted([1, 2], cmp=None))
t(lambda: sorted([[2, 1], [1, 2], [1]]))
t(lambda: sorted([(1, 'b'), (1, 'a')]))
t(lambda: sorted([3, float('nan'), 1]) is not None)
t(lambda: sorted({3, 1, 2}, key=None))
t(lambda: sorted(range(20), key=lambda x: x % 3))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
t(lambda: sorted([K(3), K(1), K(2)]))
t(lambda: sorted([K(3), K(1)], reverse=True))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
t(lambda: [o.v for o in sorted([OnlyGt(2), OnlyGt(1)])])
original = [3, 2, 1]
result = sorted(original)
print(original, result, original is result)
