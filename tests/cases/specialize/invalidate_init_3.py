# `__init__` is replaced on a base class of the class being instantiated.

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
    def __init__(self):
        self.kind = "base"

class Sub(Base):
    pass

def make():
    return Sub().kind

run("warm", make)

def other(self):
    self.kind = "other"

Base.__init__ = other
run("base __init__ replaced", make)
Sub.__init__ = lambda self: setattr(self, "kind", "sub")
run("sub __init__ added", make)
