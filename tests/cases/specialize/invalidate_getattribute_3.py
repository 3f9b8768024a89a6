# `__getattribute__` is added to a base class after a subclass instance's
# read warmed up.

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
    pass

class Sub(Base):
    def __init__(self):
        self.v = "plain"

def get(o):
    return o.v

s = Sub()
run("warm", get, s)
Base.__getattribute__ = lambda self, name: "base intercepts " + name
run("base __getattribute__", get, s)
Sub.__getattribute__ = object.__getattribute__
run("sub restores object's", get, s)
