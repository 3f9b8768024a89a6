# A custom mutable sequence built on the container protocol, with slicing and negative indexes.
class Ring:
    def __init__(self, items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self._items[i])
        return self._items[i % len(self._items)]
    def __setitem__(self, i, v):
        self._items[i % len(self._items)] = v
    def __delitem__(self, i):
        del self._items[i % len(self._items)]
    def __iter__(self):
        return iter(self._items)
    def __contains__(self, v):
        return v in self._items
    def __repr__(self):
        return f"Ring({self._items})"
    def __eq__(self, other):
        return isinstance(other, Ring) and self._items == other._items
    def __add__(self, other):
        return Ring(self._items + list(other))
    def __iadd__(self, other):
        self._items.extend(other)
        return self
    def __mul__(self, n):
        return Ring(self._items * n)
    __rmul__ = __mul__
r = Ring([1, 2, 3])
print(r[0], r[4], r[-1], r[1:], len(r), 2 in r, 9 in r, list(r))
r[5] = "five"
del r[3]
print(r)
r += [4]
print(r, r + (5,), 2 * Ring([0]), Ring([1]) * 2, r == Ring([2, "five", 4]))
print(sorted(Ring([3, 1, 2])), list(reversed(Ring([1, 2]))), list(enumerate(Ring("ab"))))
a, b, *c = Ring(range(5))
print(a, b, c)
