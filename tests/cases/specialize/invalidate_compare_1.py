# Comparison sites (COMPARE_OP_INT, _FLOAT, _STR) see big ints, NaN, bools,
# mixed and subclass operands.

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


class S(str):
    def __lt__(self, other):
        return "S.__lt__"

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

run("warm int", lt, 1, 2)
run("big ints", lt, 2**62, 2**63)
run("bools", lt, False, True)
run("int and float", lt, 1, 1.5)
run("warm float", lt, 1.5, 2.5)
run("nan", lt, float("nan"), 1.0)
run("warm str eq", eq, "a", "a")
run("str subclass", lt, S("a"), "b")
run("str vs int", lt, "a", 1)
run("nan eq", eq, float("nan"), float("nan"))
run("float eq int", eq, 1.0, 1)
run("big eq", eq, 2**100, 2**100)
