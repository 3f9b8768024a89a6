# A complete numeric class: fractions with arithmetic, comparison, hashing, conversions and mixing with int.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 + half, 1 - half, 2 * third, -half, abs(Frac(-3, 4)))
print(half == Frac(2, 4), half == 0.5, Frac(2, 1) == 2, half < third, third < half, sorted([half, third, Frac(0)]))
print(float(third), int(Frac(7, 2)), bool(Frac(0)), str(Frac(4, 2)), repr(Frac(6, -4)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3)}), Frac(3) in {3}, sum([half, half, third], Frac(0)))
try:
    half + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
