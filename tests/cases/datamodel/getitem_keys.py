# What __getitem__ receives: ints, slices, tuples, Ellipsis, nested forms.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[-1], s["k"], s[None])
print(s[:], s[1:], s[:2], s[::3], s[1:2:3], s[::-1])
print(s[1, 2], s[1:2, 3], s[..., 0], s[...], s[:, ::2])
print(s[()], s[(1,)], s[1,], s[[1, 2]])
print(s[*[1, 2]], s[0, *"ab"])
sl = s[1:2:3]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(slice(5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), repr(slice(None)))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
print("abcdef"[slice(1, 5, 2)], [1, 2, 3][slice(None, None, -1)])
try:
    hash(slice(1, 2)) == hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
