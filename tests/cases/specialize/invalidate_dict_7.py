# An instance `__dict__` replaced by a dict subclass: reads and stores at
# warmed-up sites ignore its overrides.

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


class Loud(dict):
    def __getitem__(self, k):
        return "Loud.__getitem__"

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("Loud", v))

    def __missing__(self, k):
        return "missing"

class C:
    def __init__(self):
        self.a = 1

def get(o):
    return o.a

def put(o, v):
    o.a = v
    return o.__dict__.get("a")

c = C()
run("warm get", get, c)
run("warm put", put, C(), 2)
c.__dict__ = Loud(a="from Loud")
run("get from dict subclass", get, c)
run("put into dict subclass", put, c, 3)
del c.a
run("get missing", get, c)
