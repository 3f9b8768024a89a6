# slice(): constructor forms, attributes, indices() with clamping and negative steps, comparison, hashing, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: slice(5))
t(lambda: slice(1, 5))
t(lambda: slice(1, 5, 2))
t(lambda: slice(None, None, -1))
t(lambda: slice('a', [1], 3.5))
t(lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step))
t(lambda: slice(4).start)
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(stop=3))
for s in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -2),
          slice(None, None, 3), slice(20, 30), slice(-1, -20, -3)):
    t(lambda: (s.indices(10), list(range(10))[s]))
t(lambda: slice(0, 5, 0).indices(10))
t(lambda: slice(0, 5).indices(-1))
t(lambda: slice('a').indices(5))
t(lambda: slice(None, None, 2**100).indices(10))
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) == slice(1, 2, None))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2, 3) < slice(1, 2))
t(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: {slice(1, 2): 'ok'}[slice(1, 2)])
t(lambda: hash(slice([], 1)))
t(lambda: 'abcdef'[slice(1, None, 2)])
t(lambda: setattr(slice(1), 'start', 2))
class I:
    def __index__(self):
        return 2
t(lambda: slice(I(), None).indices(5))
t(lambda: [0, 1, 2, 3][slice(I())])
