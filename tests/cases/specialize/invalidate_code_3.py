# `__code__` of a function called with keywords (CALL_KW_PY) is replaced by
# one with other parameter names.

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


def f(a, b=0):
    return ("f", a, b)

def g(b, a=0):
    return ("g", b, a)

def call():
    return f(1, b=2)

run("warm", call)
f.__code__ = g.__code__
run("parameters renamed", call)

def k(**kw):
    return sorted(kw.items())

f.__code__ = k.__code__
run("**kw only", call)
