# A metaclass `__call__` is added after instantiation warmed up.

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


class Meta(type):
    pass

class C(metaclass=Meta):
    def __init__(self, x):
        self.x = x

def make():
    return C(5)

def describe():
    r = make()
    return r if isinstance(r, (str, tuple)) else ("instance", r.x)

run("warm", describe)
Meta.__call__ = lambda cls, *args: ("meta call", args)
run("meta __call__", describe)
del Meta.__call__
run("removed", describe)
