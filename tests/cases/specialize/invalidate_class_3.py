# `__class__` assignment to an incompatible layout is refused and the warmed-
# up site keeps working.

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
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    def m(self):
        return self.x

class Plain:
    def m(self):
        return "plain"

def call(o):
    return o.m()

a = A()
run("warm", call, a)
try:
    a.__class__ = Plain
except TypeError as e:
    print("refused:", e)
run("after refusal", call, a)
