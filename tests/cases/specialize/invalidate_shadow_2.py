# An instance attribute shadows a class attribute
# (LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES), then goes away.

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
    limit = 10

    def __init__(self):
        self.a = 1

def get(o):
    return o.limit

c = C()
run("warm", get, c)
c.limit = 20
run("shadowed", get, c)
del c.limit
run("unshadowed", get, c)
c.__dict__["limit"] = 30
run("shadowed through __dict__", get, c)
