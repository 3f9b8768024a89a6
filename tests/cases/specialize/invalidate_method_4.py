# A subclass's override is deleted, revealing the base's method at a warmed-
# up call site.

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


class Base:
    def m(self, x):
        return ("base", x)

class Sub(Base):
    def m(self, x):
        return ("sub", x)

def call(o, x):
    return o.m(x)

s = Sub()
run("warm", call, s, 1)
del Sub.m
run("override deleted", call, s, 2)
Sub.m = Base.m
run("base method copied", call, s, 3)
