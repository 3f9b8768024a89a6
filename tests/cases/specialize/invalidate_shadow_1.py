# An instance attribute shadows a method after method calls warmed up
# (LOAD_ATTR_METHOD_WITH_VALUES).

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
        self.a = 1

    def m(self):
        return "method"

def call(o):
    return o.m()

c = C()
other = C()
run("warm", call, c)
c.m = lambda: "instance function"
run("shadowed", call, c)
run("other instance", call, other)
del c.m
run("shadow deleted", call, c)
