# A method's `__code__` is replaced (CALL_BOUND_METHOD_EXACT_ARGS and
# LOAD_ATTR_METHOD_*).

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
    def m(self, x):
        return ("m", x)

def n(self, x):
    return ("n", x)

def call_bound(bound):
    return bound(1)

def call_method(o):
    return o.m(2)

c = C()
bound = c.m
run("warm bound", call_bound, bound)
run("warm method", call_method, c)
C.m.__code__ = n.__code__
run("bound after code change", call_bound, bound)
run("method after code change", call_method, c)
