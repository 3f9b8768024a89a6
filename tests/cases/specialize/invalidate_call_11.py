# Bound method calls (CALL_BOUND_METHOD_GENERAL) on methods with defaults and
# *args.

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
    def m(self, a, b=10, *more):
        return a + b + sum(more)

def call(bm):
    return bm(1)

c = C()
run("warm", call, c.m)
C.m.__defaults__ = (100,)
run("defaults changed", call, c.m)
C.m = lambda self, *args: ("var", args)
run("replaced", call, c.m)
run("builtin bound method", call, [].count)
