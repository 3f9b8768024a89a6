# `__class__` assignment on an instance changes the method a warmed-up call
# site finds.

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
    def __init__(self):
        self.v = 1

    def m(self):
        return ("A", self.v)

class B:
    def m(self):
        return ("B", self.v)

def call(o):
    return o.m()

o = A()
run("warm", call, o)
o.__class__ = B
run("now B", call, o)
o.__class__ = A
run("back to A", call, o)
