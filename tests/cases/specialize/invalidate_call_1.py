# One CALL site is warmed on a Python function, then gets a method, a
# builtin, a class and a callable object.

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


class K:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"K({self.x!r})"

class Callable:
    def __call__(self, x):
        return ("Callable", x)

def py(x):
    return ("py", x)

def call(f):
    return f(2)

run("warm py", call, py)
run("bound method", call, Callable().__call__)
run("builtin", call, abs)
run("builtin class", call, str)
run("python class", call, K)
run("callable object", call, Callable())
run("lambda", call, lambda x: x * 3)
run("not callable", call, 5)
run("wrong arity", call, lambda: 0)
