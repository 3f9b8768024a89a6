# Attributes are deleted and re-added in another order (the values' positions
# move).

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
        self.a = "a"
        self.b = "b"
        self.c = "c"

def get(o):
    return o.a, o.b, o.c

o = C()
run("warm", get, o)
del o.a
del o.b
o.b = "B"
o.a = "A"
run("re-added b then a", get, o)
del o.c
run("c missing", get, o)
o.c = "C"
run("c back", get, o)
fresh = C()
run("fresh instance", get, fresh)
