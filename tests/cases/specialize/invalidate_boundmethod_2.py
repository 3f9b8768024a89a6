# A bound method whose underlying function's defaults change, and a bound
# method of a replaced class method.

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
    def f(self, x, y=1):
        return x + y

c = C()
bm = c.f

def call():
    return bm(10)

run("warm", call)
C.f.__defaults__ = (100,)
run("defaults changed", call)
C.f = lambda self, x, y=2: ("new", x, y)
run("class method replaced, old bound method kept", call)
bm = c.f
run("fresh bound method", call)
