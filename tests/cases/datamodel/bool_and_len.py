# Truth testing: __bool__, then __len__, then always true; errors for bad returns.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(2)))
print(bool(Both()), bool(Neither()))
print("yes" if L(1) else "no", not B(False))
print(B(True) and "and-result", L(0) or "or-result")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2**70
try:
    bool(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
print([bool(x) for x in [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, 1, "0", [0], -0.0, float("nan")]])
while L(0):
    print("never")
print(any([L(0), L(1)]), all([B(True), L(3)]))
