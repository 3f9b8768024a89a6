# Calls of closures built by the same code with different cells, and a cell
# changing under a warmed-up call.

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


def make(k):
    def add(x):
        return x + k

    return add

def call(f, x):
    return f(x)

run("warm", call, make(1), 1)
run("other closure", call, make(10), 1)

def make_mutable():
    k = 1

    def add(x):
        return x + k

    def set_k(v):
        nonlocal k
        k = v

    return add, set_k

add, set_k = make_mutable()
run("warm mutable", call, add, 1)
set_k(100)
run("cell changed", call, add, 1)
set_k("s")
run("cell retyped", call, add, 1)
