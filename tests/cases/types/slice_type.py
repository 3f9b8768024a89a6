# slice objects in use: indices() for many lengths, slicing built-in sequences with slice objects, __index__ bounds, huge bounds clamping
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in (slice(None, None, None), slice(1, -1), slice(-1, 1, -1), slice(None, None, -2), slice(2**100, None),
          slice(-2**100, 2**100), slice(None, -2**100, -1), slice(3, None, 2**64)):
    print(s, [s.indices(n) for n in (0, 1, 5)])
seq = 'abcdefgh'
t(lambda: seq[slice(2, None, 3)])
t(lambda: [1, 2, 3][slice(None, None, -1)])
t(lambda: (1, 2, 3)[slice(1, 2)])
t(lambda: b'abc'[slice(-2, None)])
t(lambda: range(10)[slice(2**100)])
t(lambda: seq[2**100:])
t(lambda: seq[-2**100:2])
t(lambda: seq[::2**100])
t(lambda: seq[::-2**100])
t(lambda: seq[1.0:])
t(lambda: seq[:'a'])
t(lambda: seq[None:None:None])
t(lambda: slice(1, 2).indices(2**100))
t(lambda: slice(1, 2).indices(1.5))
t(lambda: slice(1, 2, 3).__reduce__())
t(lambda: slice(1, 2) != slice(1, 3))
t(lambda: slice(1, 2) > slice(0, 5))
t(lambda: slice(None) == slice(None, None, None))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t(lambda: seq[Idx(1):Idx(-1):Idx(2)])
t(lambda: slice(Idx(1), Idx(4)).indices(10))
t(lambda: [0, 1, 2, 3][Idx(2)])
class Slicer:
    def __getitem__(self, key):
        return key
t(lambda: Slicer()[1:2])
t(lambda: Slicer()[1:2:3, ::4])
t(lambda: Slicer()[:])
t(lambda: Slicer()[::])
t(lambda: Slicer()[...])
t(lambda: Slicer()['a':'b'])
