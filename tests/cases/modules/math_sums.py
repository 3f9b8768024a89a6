# math.fsum, prod, sumprod, hypot, dist: exact or extra-precision results.
import math

class Fraction:
    """A stand-in number type: math.prod and sumprod fall back to its operators."""
    def __init__(self, n, d): self.n, self.d = n, d
    def __mul__(self, o): return Fraction(self.n * o, self.d) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __radd__(self, o): return Fraction(self.n + o * self.d, self.d)
    def __repr__(self): return f"Fraction({self.n}, {self.d})"

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(expr, "->", repr(r))

for e in ["math.fsum([])", "math.fsum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
          "math.fsum([1.0, 1e-16, 1e-16])", "math.fsum([2.0**53, 1.0, 2.0**-100])",
          "math.fsum([2.0**53, -0.5, -2.0**-54])", "math.fsum([1e308, 1e308])",
          "math.fsum([float('inf'), 1.0])", "math.fsum([float('inf'), float('-inf')])",
          "math.fsum([float('nan'), 1.0])", "math.fsum([-0.0])", "math.fsum([1, 2, 3])",
          "math.fsum(iter([0.5, 0.25]))", "math.fsum(['a'])", "math.fsum(5)",
          "math.fsum([1e308, 1e308, -1e308])", "math.fsum([float('-inf'), 1e308, 1e308])",
          "math.prod([])", "math.prod([1, 2, 3, 4])", "math.prod([1.5, 2])", "math.prod(range(1, 30))",
          "math.prod([2, 3], start=10)", "math.prod([], start='x')", "math.prod(['ab'], start=3)",
          "math.prod([Fraction(1, 3), 3])", "math.prod()", "math.prod([1], 2)",
          "math.sumprod([], [])", "math.sumprod([1, 2, 3], [4, 5, 6])", "math.sumprod([0.1] * 10, [1.0] * 10)",
          "math.sumprod([1e20, 1.0, -1e20], [1.0, 1.0, 1.0])", "math.sumprod([0.1, 0.2], [3, 4])",
          "math.sumprod([1, 2], [3])", "math.sumprod([Fraction(1, 2)], [4])", "math.sumprod([2**70], [3])",
          "math.sumprod([1.5, 2], [2, True])", "math.sumprod(['a'], [2])",
          "math.sumprod([1e308, 1e308], [10.0, -10.0])", "math.sumprod([5e-324], [5e-324])",
          "math.sumprod([1e308], [1e308])", "math.sumprod([float('inf')], [1.0])",
          "math.sumprod([1e-160, 3e-170], [1e-160, 7e-150])", "math.sumprod([0.1, 0.2, 0.3], [-0.0, 0.0, -0.0])",
          "math.sumprod([-0.0], [1.0])", "math.sumprod([float('nan')], [1.0])", "math.sumprod([1.5, 2**60], [2.0, 3])",
          "math.sumprod([1e300, 1e300], [1e10, -1e10])", "math.sumprod([2.0**-1074, 2.0**-1074], [0.5, 0.5])",
          "math.sumprod([1e-300] * 3, [1e-20, 2e-20, -3e-20])", "math.sumprod([1.0, 2.0**-53, 2.0**-106], [1.0, 1.0, 1.0])",
          "math.hypot()", "math.hypot(3, 4)", "math.hypot(-3.0)", "math.hypot(1, 2, 3, 4, 5)",
          "math.hypot(1e308, 1e308)", "math.hypot(5e-324, 5e-324)", "math.hypot(float('inf'), float('nan'))",
          "math.hypot(float('nan'), 1.0)", "math.hypot(0.1, 0.2, 0.3)", "math.hypot('a')",
          "math.dist((0, 0), (3, 4))", "math.dist([1.5, 2.5, -3], (4, 5, 6))", "math.dist((1,), (5,))",
          "math.dist((), ())", "math.dist((1, 2), (1, 2, 3))", "math.dist(1, 2)",
          "math.dist(iter([1.0, 2.0]), (0.0, 0.0))", "math.dist((1e308, -1e308), (-1e308, 1e308))"]:
    show(e)
for i in range(1, 12):
    xs = [1.0 / k for k in range(1, 10 * i)]
    print(i, math.fsum(xs), math.hypot(*xs), math.sumprod(xs, xs[::-1]))

# sumprod's int and float accumulators hand over to generic arithmetic.
class N:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return self.v * o
    def __rmul__(self, o): return o * self.v
for p, q in [([1, 2, 3.5, 4], [5, 6, 7, 8]), ([1.5, 2, True, 2**70], [2, 2.5, 3.25, 2]),
             ([2**62, 2**62], [2, 2]), ([0.1] * 5 + [N(2)], [0.3] * 5 + [3]), ([True, False], [True, True]),
             ([1e308, 1.0, 1.0], [10.0, 1.0, 1.0]), ([1, 2.5, 3], [4, 5, 6]), ([3, 0.1], [7, 0.7]),
             ([2**1100, 0.5], [1, 2.0]), ([0.5, 2**1100], [2.0, 1])]:
    try:
        print(math.sumprod(p, q))
    except Exception as e:
        print(type(e).__name__, e)
