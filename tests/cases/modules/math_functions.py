# The float functions of math: values at ordinary and special points, and
# CPython 3.14's domain and range error messages.  Transcendental results
# are printed to 15 significant digits: the platform libms (the reference's
# musl, Ouro's) may differ in the last ulp.
import math

def show(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    if isinstance(r, float) and name not in EXACT:
        r = float("%.15g" % r)
    print(name, args, repr(r))

EXACT = {"fabs", "frexp", "modf", "ulp", "ldexp", "copysign", "fmod", "remainder", "nextafter",
         "floor", "ceil", "trunc", "fma", "sqrt"}

points = [-2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, 3.7, 100.0, 1000.0, -1000.0,
          1e308, 1e-310, -1e-320, float("inf"), float("-inf"), float("nan")]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh",
             "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log",
             "log10", "log1p", "log2", "sin", "sinh", "sqrt", "tan", "tanh", "degrees",
             "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp"]:
    for x in points:
        show(name, x)

for x in [0.1, 0.25, 1.5, 2.5, 5.5, 10.1, 30.0, 140.5, 171.5, 172.0, -0.5, -1.5, -2.5, -10.1, -170.5, -200.5, 1e-21, -1e-21]:
    show("gamma", x)
    show("lgamma", x)
for x in [0.1, 0.4, 0.6, 1.2, 2.0, 3.0, 5.0, 6.0, 27.0, -0.3, -2.2, -5.9]:
    show("erf", x)
    show("erfc", x)

pairs = [(0.0, 0.0), (1.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (2.0, 3.0), (-2.0, 0.5), (0.0, -2.0),
         (-0.0, -3.0), (10.0, 400.0), (float("inf"), 2.0), (float("-inf"), 3.0),
         (float("-inf"), -3.0), (0.5, float("inf")), (2.0, float("-inf")), (1.0, float("nan")),
         (float("nan"), 0.0), (-1.0, float("inf")), (7.0, 3.0), (-7.0, 3.0), (5.5, -2.0),
         (1.0, float("inf")), (3.0, 0.0)]
for name in ["atan2", "copysign", "fmod", "pow", "remainder"]:
    for x, y in pairs:
        show(name, x, y)

for x in [1, 2, 10, 1024, 2**100, 2**1000 + 1, 10**400, 0, -1, -2**2000, True]:
    show("log", x)
    show("log2", x)
    show("log10", x)
show("log", 8, 2)
show("log", 100, 10)
show("log", 2.5, 0.5)
show("log", 1, 1)
show("log", 10, -1.5)
show("log", -1.5, 2)
show("log", 10**500, 10)

for x, i in [(1.0, 10), (1.0, 10000), (1.0, -10000), (0.5, 1024), (3.0, -1075), (-2.0, 5),
             (0.0, 100000), (float("inf"), -3), (1.0, 2**100), (1.0, -2**100)]:
    show("ldexp", x, i)
show("ldexp", 1.0, 1.5)

for v in [3, 3.7, -3.7, 2**70 + 0.0, float("inf"), float("nan"), True, -0.5]:
    show("floor", v)
    show("ceil", v)
    show("trunc", v)

class Floorable:
    def __repr__(self): return "Floorable()"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5

class OnlyFloat:
    def __repr__(self): return "OnlyFloat()"
    def __float__(self): return 2.5

for f in ["floor", "ceil", "trunc", "sqrt"]:
    show(f, Floorable())
    show(f, OnlyFloat())
    show(f, "x")

show("fma", 2.0, 3.0, 4.0)
show("fma", 0.1, 10.0, -1.0)
show("fma", float("inf"), 0.0, 1.0)
show("fma", 1e308, 10.0, 0.0)
show("fma", float("nan"), 0.0, 1.0)
show("fma", float("inf"), 2.0, float("-inf"))

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0),
             (float("inf"), 0.0), (5e-324, 0.0), (float("nan"), 1.0)]:
    show("nextafter", x, y)
for steps in [0, 1, 2, 10, 2**53, 2**64, 2**70]:
    print("steps", steps, math.nextafter(1.0, 2.0, steps=steps), math.nextafter(1.0, -2.0, steps=steps),
          math.nextafter(-1e-320, 1.0, steps=steps), math.nextafter(0.0, -1.0, steps=steps))
show("nextafter", 1.0, 2.0, -1)
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
print(math.nextafter(1.0, 2.0, steps=None))

for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {"rel_tol": 0.2}),
                 (0.0, 1e-10, {}), (0.0, 1e-10, {"abs_tol": 1e-9}), (float("inf"), float("inf"), {}),
                 (float("inf"), 1e308, {}), (float("nan"), float("nan"), {})]:
    print("isclose", a, b, kw, math.isclose(a, b, **kw))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.pi.hex(), math.e.hex())
