# `__getitem__` is replaced on the base of the warmed-up receiver's class,
# and the instance's class changes.

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
    def __getitem__(self, k):
        return ("base", k)

class Sub(Base):
    pass

class Other:
    def __getitem__(self, k):
        return ("other", k)

def get(o):
    return o["key"]

o = Sub()
run("warm", get, o)
Base.__getitem__ = lambda self, k: ("base 2", k)
run("base replaced", get, o)
o.__class__ = Other
run("class changed", get, o)
