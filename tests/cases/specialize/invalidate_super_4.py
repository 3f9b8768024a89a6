# Zero-argument `super()` at a warmed-up site when `self` is rebound and when
# the method is copied to another class.

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
    def m(self):
        return "Base.m"

class Sub(Base):
    def m(self):
        return ("Sub", super().m())

    def rebinding(self, other):
        self = other
        return super().m()

class Unrelated:
    pass

s = Sub()
run("warm", s.m)
run("warm rebinding", s.rebinding, Sub())
run("rebound to unrelated", s.rebinding, Unrelated())

class Other(Base):
    m = Sub.m

run("copied method", Other().m)
