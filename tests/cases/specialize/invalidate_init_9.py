# A slotted class and a class with `__init_subclass__` instantiated at
# warmed-up sites, then given new `__init__`s.

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


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

def make():
    s = Slotted(1)
    return s.x, getattr(s, "y", "no y")

run("warm", make)

def init_both(self, x):
    self.x = x
    self.y = -x

Slotted.__init__ = init_both
run("init sets y", make)

class Registry:
    seen = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.seen.append(cls.__name__)

    def __init__(self):
        self.kind = type(self).__name__

def make_kinds(classes):
    return [c().kind for c in classes]

class A(Registry):
    pass

run("warm kinds", make_kinds, [A, A])

class B(Registry):
    def __init__(self):
        self.kind = "B's own"

run("new subclass", make_kinds, [A, B])
print(Registry.seen)
