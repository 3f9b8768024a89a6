# A global function called at a warmed-up site (CALL_PY_EXACT_ARGS) is
# rebound to other callables.

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


def helper(x):
    return x + 1

def call():
    return helper(1)

run("warm", call)

def helper(x):
    return x * 10

run("redefined", call)
helper = len
run("builtin", call)
helper = str
run("class", call)
del helper
run("deleted", call)
