# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(i), oct(i), range(i))
print(int(i), operator_like := (lambda: i.__index__())(), [0] * Idx(2))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(Num())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IndexOnly:
    def __index__(self): return 4
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
for bad in ["int(None)", "float([])", "complex({})", "int('x')", "float('y')", "int('10', 1)", "int(1.5, 10)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad:16}", type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(15, -1), round(25, -1))
