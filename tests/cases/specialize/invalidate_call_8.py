# A `CALL_PY_GENERAL` site (defaults, *args) is warmed and then gets keyword-
# only and wrong-arity callables.

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


def f(a, b=2, *rest):
    return a, b, rest

def g(a, *, k):
    return a, k

def call(fn):
    return fn(1)

run("warm", call, f)
run("keyword-only missing", call, g)
run("closure", call, (lambda y: lambda x: (x, y))(9))
run("generator function", lambda: list(call(lambda x: (yield x))))
