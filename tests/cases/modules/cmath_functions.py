# cmath: every function at ordinary points (13 significant digits: libms
# may differ in the last ulp), at all the C99 Annex G special values
# (exact), and the errors.
import cmath

def fmt(x):
    return repr(x) if x != x or x in (0.0, float("inf"), float("-inf")) else "%.13g" % x

def show(name, *args):
    try:
        r = getattr(cmath, name)(*args)
        if isinstance(r, complex):
            r = f"({fmt(r.real)}, {fmt(r.imag)})"
        elif isinstance(r, float):
            r = fmt(r)
        elif isinstance(r, tuple):
            r = tuple(fmt(x) for x in r)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(name, args, r)

inf, nan = float("inf"), float("nan")
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
ordinary = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, 1e-300 + 1e-300j, 5e-324 + 5e-324j,
            1e300 + 1e300j, -1e308 + 1j, 710 + 1j, -710 + 1j, 1 + 710j, 0.1 - 20j, 1.0000001 + 1e-20j,
            2, 2.5, -3, True]
for name in names:
    for z in ordinary:
        show(name, z)
specials = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in names + ["rect"]:
    for re in specials:
        for im in specials:
            show(name, complex(re, im)) if name != "rect" else show(name, re, im)
for base in [2, 10, 1j, 0.5, 1, 0]:
    show("log", 8 + 1j, base)
show("log", 0, 2)
for r, phi in [(1, 0), (2, 1.5), (-1, -0.0), (3, cmath.pi), (1e308, 1e308)]:
    show("rect", r, phi)

class Cplx:
    def __repr__(self): return "Cplx()"
    def __complex__(self): return 1 + 2j
class Flt:
    def __repr__(self): return "Flt()"
    def __float__(self): return 2.0
class Idx:
    def __repr__(self): return "Idx()"
    def __index__(self): return 3
for v in [Cplx(), Flt(), Idx(), 2**1000]:
    show("sqrt", v)
for expr in ['cmath.sqrt("x")', "cmath.sqrt(None)", "cmath.sqrt(1, 2)", "cmath.log()", "cmath.log(1, 'x')",
             "cmath.isclose(1)", "cmath.rect(1)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.sqrt(10**400)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
for a, b, kw in [(1 + 1j, 1 + 1.0000000001j, {}), (1j, 1.1j, {}), (1j, 1.1j, {"rel_tol": 0.2}),
                 (0j, 1e-10j, {"abs_tol": 1e-9}), (complex(inf, 0), complex(inf, 0), {}),
                 (complex(inf, 0), 1e308, {}), (complex(nan, 0), complex(nan, 0), {})]:
    print("isclose", a, b, kw, cmath.isclose(a, b, **kw))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
