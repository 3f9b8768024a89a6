# A CALL_PY_EXACT_ARGS site calls a function that becomes a generator
# function or a coroutine function through `__code__`.

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


def f(x):
    return ("plain", x)

def g(x):
    yield x

async def c(x):
    return x

def call():
    r = f(1)
    if isinstance(r, tuple):
        return r
    kind = type(r).__name__
    if kind == "coroutine":
        r.close()
        return kind
    return kind, list(r)

run("warm", call)
f.__code__ = g.__code__
run("generator", call)
f.__code__ = c.__code__
run("coroutine", call)
