# Class calls with `__init__` that use `super().__init__`, defaults, keywords
# and a subclass `__new__`.

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
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

class Sub(Base):
    def __init__(self, a):
        super().__init__(a, b=a * 10)

class WithNew(Base):
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.created_by = "WithNew.__new__"
        return obj

def make(cls, *args, **kwargs):
    o = cls(*args, **kwargs)
    return sorted(vars(o).items())

run("warm", make, Base, 1)
run("default overridden", make, Base, 1, 5)
run("keyword", make, Base, 1, b=7)
run("subclass", make, Sub, 3)
run("subclass with __new__", make, WithNew, 4)
run("missing argument", make, Base)
run("unexpected keyword", make, Base, 1, c=2)

def direct():
    return sorted(vars(Base(9)).items())

run("warm direct", direct)
Base.__init__.__defaults__ = (99,)
run("defaults changed", direct)
