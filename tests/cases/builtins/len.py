# len(): built-in containers, __len__ protocol (negative, huge, non-int results), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in ('', 'héllo', b'abc', bytearray(5), [1, 2], (1,), {1: 2}, {1, 2, 3}, frozenset(), range(10), range(0, 100, 7),
          range(10, 0), {}.keys(), {1: 2}.values(), {1: 2, 3: 4}.items(), memoryview(b'xyz')):
    t(lambda: len(v))
t(lambda: len(range(2**100)))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([])))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len([], []))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t(lambda: len(L(3)))
t(lambda: len(L(-1)))
t(lambda: len(L(2**100)))
t(lambda: len(L(2.0)))
t(lambda: len(L(True)))
t(lambda: len(L('3')))
class Ix:
    def __index__(self):
        return 4
t(lambda: len(L(Ix())))
