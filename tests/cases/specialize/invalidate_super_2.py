# The base method a `super()` call finds is replaced, deleted and moved
# further up.

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


class Top:
    def m(self):
        return "top"

class Base(Top):
    def m(self):
        return "base"

class Sub(Base):
    def m(self):
        return ("sub", super().m())

s = Sub()
run("warm", s.m)
Base.m = lambda self: "base 2"
run("replaced", s.m)
del Base.m
run("deleted, found on Top", s.m)
Top.m = property(lambda self: lambda: "property result")
run("property on Top", s.m)
