# `__getattribute__` added to a class after method and attribute reads warmed
# up.

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
        self.v = 1

    def m(self):
        return "m"

def read(o):
    return o.v, o.m()

c = C()
run("warm", read, c)

def intercept(self, name):
    if name == "v":
        return "intercepted v"
    return object.__getattribute__(self, name)

C.__getattribute__ = intercept
run("__getattribute__ added", read, c)
del C.__getattribute__
run("removed", read, c)
