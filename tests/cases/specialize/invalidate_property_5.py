# A property whose getter is not a Python function (a builtin, a callable
# object) read at a warmed-up site, then replaced.

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


class Getter:
    def __call__(self, obj):
        return ("Getter", obj.v)

class C:
    def __init__(self):
        self.v = 7

    p = property(Getter())

def get(o):
    return o.p

c = C()
run("warm callable-object getter", get, c)
C.p = property(vars)
run("builtin getter", get, c)
C.p = property(lambda self: ("lambda", self.v))
run("lambda getter", get, c)
C.p = property()
run("no getter", get, c)
