# math's exact-integer functions: factorial, isqrt, comb, perm, gcd, lcm.
import math

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(expr, "->", r)

for n in [0, 1, 5, 20, 21, 100, True]:
    show(f"math.factorial({n})")
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
for e in ["math.factorial(-1)", "math.factorial(1.0)", "math.factorial('3')", "math.factorial()",
          "math.isqrt(0)", "math.isqrt(1)", "math.isqrt(15)", "math.isqrt(16)", "math.isqrt(10**40)",
          "math.isqrt(2**201 - 1)", "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt(True)",
          "math.comb(10, 3)", "math.comb(10, 0)", "math.comb(10, 10)", "math.comb(10, 11)",
          "math.comb(0, 0)", "math.comb(100, 50)", "math.comb(-1, 2)", "math.comb(5, -1)",
          "math.comb(5.0, 2)", "math.comb(5)", "math.comb(10**20, 3)",
          "math.perm(10)", "math.perm(10, 3)", "math.perm(10, None)", "math.perm(10, 11)",
          "math.perm(5, 0)", "math.perm(-1)", "math.perm(3, -1)", "math.perm(-3, 1)", "math.perm()",
          "math.perm(1, 2, 3)", "math.perm(10**20, 2)",
          "math.gcd()", "math.gcd(0)", "math.gcd(-12)", "math.gcd(12, 18)", "math.gcd(12, -18, 27)",
          "math.gcd(0, 0)", "math.gcd(2**100, 2**80 * 3)", "math.gcd(1.5)", "math.gcd(x=1)",
          "math.lcm()", "math.lcm(0)", "math.lcm(-4)", "math.lcm(4, 6)", "math.lcm(4, 6, 10)",
          "math.lcm(4, 0, 6)", "math.lcm(-4, 6)", "math.lcm(2**70, 3)", "math.lcm('a')"]:
    show(e)

class Idx:
    def __index__(self): return 7
show("math.factorial(Idx())")
show("math.gcd(Idx(), 21)")
show("math.comb(Idx(), 2)")
