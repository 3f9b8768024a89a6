# __len__ and __index__ results: big values, negative values, bool, and int subclasses.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(0)), len(L(True)), len(L(2 ** 20)))
for n in [-1, 2 ** 63, 1.0, "1", None]:
    try:
        len(L(n))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(n), type(e).__name__, e)
class MyInt(int):
    pass
print(len(L(MyInt(3))), type(len(L(MyInt(3)))).__name__)
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([0, 1, 2][I(-1)], "abc"[I(1)], list(range(I(3))), bin(I(5)))
try:
    [0][I(2 ** 100)]
except IndexError as e:
    print(type(e).__name__, e)
