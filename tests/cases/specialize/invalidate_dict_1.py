# An instance's `__dict__` is replaced with a new dict after attribute reads
# warmed up.

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
        self.x = 1
        self.y = 2

def get(o):
    return o.x, o.y

c = C()
run("warm", get, c)
c.__dict__ = {"y": 20, "x": 10}
run("new dict", get, c)
c.__dict__ = {"x": 100}
run("dict without y", get, c)
c.y = 200
run("y set again", get, c)
