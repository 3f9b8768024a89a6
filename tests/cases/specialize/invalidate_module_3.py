# A module subclass with a property and a module whose `__class__` is
# changed.

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
            result = f"{type(e).__name__}: {e}"
        if result not in seen:
            seen.append(result)
    print(label, seen)


import sys

ModuleType = type(sys)

class Special(ModuleType):
    @property
    def value(self):
        return "property of the module class"

m = ModuleType("m")
m.value = "plain"

def get():
    return m.value

run("warm", get)
m.__class__ = Special
run("module class changed", get)
m.__class__ = ModuleType
run("changed back", get)
