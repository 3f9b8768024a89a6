# Instance dict entries shadow a method whose instances have no inline values
# (LOAD_ATTR_METHOD_LAZY_DICT style: a dict subclass).

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


class D(dict):
    def m(self):
        return "method"

def call(o):
    return o.m()

d = D()
run("warm", call, d)
d.m = lambda: "shadow"
run("shadowed", call, d)
del d.m
run("unshadowed", call, d)
