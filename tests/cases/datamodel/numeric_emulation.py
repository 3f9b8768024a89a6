# Binary operator dunders and their reflected forms.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o * 100 + self.v)
    def __sub__(self, o): return V(self.v - o)
    def __rsub__(self, o): return V(o - self.v)
    def __mul__(self, o): return V(self.v * o)
    def __rmul__(self, o): return V(o * self.v * 10)
    def __truediv__(self, o): return ("truediv", o)
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __floordiv__(self, o): return ("floordiv", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __mod__(self, o): return ("mod", o)
    def __rmod__(self, o): return ("rmod", o)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __lshift__(self, o): return ("lshift", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rshift__(self, o): return ("rshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __and__(self, o): return ("and", o)
    def __rand__(self, o): return ("rand", o)
    def __or__(self, o): return ("or", o)
    def __ror__(self, o): return ("ror", o)
    def __xor__(self, o): return ("xor", o)
    def __rxor__(self, o): return ("rxor", o)
    def __matmul__(self, o): return ("matmul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return ("pos",)
    def __invert__(self): return ("invert",)
    def __abs__(self): return ("abs",)
a = V(3)
print(a + 1, 1 + a, a + a)
print(a - 1, 10 - a, a * 2, 2 * a)
print(a / 2, 2 / a, a // 2, 2 // a, a % 2, 2 % a)
print(divmod(a, 2), divmod(2, a), a ** 2, 2 ** a, pow(a, 2, 5))
print(a << 1, 1 << a, a >> 1, 1 >> a)
print(a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a, a @ 1, 1 @ a)
print(-a, +a, ~a, abs(a))
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(V(1) + Sub(2))
class Other(V):
    pass
print(V(1) + Other(2))
