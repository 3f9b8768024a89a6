# A float arithmetic site (BINARY_OP_*_FLOAT) sees NaN, infinities, ints and
# float subclasses.

def run(label, f, *args, **kwargs):
    """Calls f 120 times and prints each distinct result (or exception) in order.

    The first call meets whatever the earlier phase specialized; later calls
    miss until the site re-specializes (after 53 misses) for the new state.
    """
    seen = []
    for _ in range(120):
        try:
            result = repr(f(*args, **kwargs))
        except Exception as e:
            result = f"{e.__class__.__name__}: {e}"
        if result not in seen:
            seen.append(result)
    print(label, seen)


class F(float):
    def __mul__(self, other):
        return "F.__mul__"

def arith(a, b):
    return a + b, a - b, a * b

nan = float("nan")
inf = float("inf")
run("warm", arith, 1.5, 2.25)
run("nan", arith, nan, 1.0)
run("inf", arith, inf, inf)
run("negative zero", arith, -0.0, 0.0)
run("int right", arith, 1.5, 2)
run("float subclass", arith, F(2.0), 3.0)
run("ints", arith, 2, 3)
