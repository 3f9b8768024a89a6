# A module attribute site sees the module object swapped for another module
# and a non-module.

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


import sys

ModuleType = type(sys)
a = ModuleType("a")
a.f = lambda: "a.f"
b = ModuleType("b")
b.f = lambda: "b.f"

class NotAModule:
    @staticmethod
    def f():
        return "object f"

def call(m):
    return m.f()

run("warm", call, a)
run("other module", call, b)
run("not a module", call, NotAModule)
a.__dict__.clear()
run("cleared module", call, a)
