# A class attribute holding a function is replaced by a plain value, and a
# plain value by a function.

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


class C:
    a = 5

    def b(self):
        return "method"

def get_a(o):
    a = o.a
    return a if not callable(a) else (type(a).__name__, a())

def get_b(o):
    return o.b if not callable(o.b) else o.b()

c = C()
run("warm a", get_a, c)
run("warm b", get_b, c)
C.a = lambda self: "now a method"
run("a is a function", get_a, c)
C.b = 42
run("b is an int", get_b, c)
