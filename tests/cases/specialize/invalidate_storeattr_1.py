# A warmed-up attribute store (STORE_ATTR_INSTANCE_VALUE) meets a class that
# gains `__setattr__`.

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
    def __init__(self):
        self.v = 0

def store(o, x):
    o.v = x
    return o.v

c = C()
run("warm", store, c, 1)
C.__setattr__ = lambda self, name, value: object.__setattr__(self, name, ("via __setattr__", value))
run("__setattr__ added", store, c, 2)
del C.__setattr__
run("__setattr__ removed", store, c, 3)
