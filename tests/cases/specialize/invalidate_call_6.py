# Builtin function sites (CALL_BUILTIN_O / _FAST / _FAST_WITH_KEYWORDS) get
# shadowed and wrong arguments.

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


import builtins

def one(x):
    return abs(x)

def many(a, b):
    return max(a, b)

def kw(x):
    return sorted(x, reverse=True)

run("warm O", one, -3)
run("O with object", one, "x")
run("warm FAST", many, 1, 2)
run("FAST no compare", many, 1, "a")
run("warm KW", kw, [2, 3, 1])
real_max = builtins.max
builtins.max = lambda *a: ("fake max", a)
run("max replaced", many, 1, 2)
builtins.max = real_max
run("max restored", many, 1, 2)
