# A function's `__kwdefaults__` are replaced after keyword-only defaults
# warmed up.

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


def f(a, *, k="k0", m="m0"):
    return a, k, m

def call():
    return f(1)

def call_kw():
    return f(1, m="given")

run("warm", call)
run("warm kw", call_kw)
f.__kwdefaults__ = {"k": "k1", "m": "m1"}
run("new kwdefaults", call)
run("new kwdefaults, kw", call_kw)
f.__kwdefaults__ = {"m": "only m"}
run("no k default", call)
f.__kwdefaults__ = None
run("none", call_kw)
