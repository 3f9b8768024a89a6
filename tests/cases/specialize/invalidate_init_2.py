# `__new__` is added to a class after instantiation warmed up.

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
    def __init__(self, v):
        self.v = v

def make():
    obj = C(1)
    return type(obj).__name__, getattr(obj, "v", "no v")

run("warm", make)

class Other:
    pass

C.__new__ = staticmethod(lambda cls, v: Other())
run("__new__ returns another type", make)
C.__new__ = staticmethod(lambda cls, v: object.__new__(cls))
run("__new__ returns the class's instance", make)
del C.__new__
run("__new__ removed", make)
