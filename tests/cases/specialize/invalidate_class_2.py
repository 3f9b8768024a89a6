# `__class__` assignment changes class attributes and properties read through
# the instance.

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


class A:
    kind = "a"

    def __init__(self):
        self.v = 5

    @property
    def double(self):
        return self.v * 2

class B:
    kind = "b"

    @property
    def double(self):
        return "B never doubles"

def read(o):
    return o.kind, o.double, o.v

o = A()
run("warm", read, o)
o.__class__ = B
run("now B", read, o)
