# A function's `__code__` is replaced after calls warmed up
# (CALL_PY_EXACT_ARGS checks the function version).

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


def f(a, b):
    return a + b

def g(a, b):
    return a * b

def h(a, b, c):
    return c

def call():
    return f(3, 4)

run("warm", call)
f.__code__ = g.__code__
run("code of g", call)
f.__code__ = h.__code__
run("code of h (3 args)", call)

def v(*args):
    return args

f.__code__ = v.__code__
run("code of v (*args)", call)
