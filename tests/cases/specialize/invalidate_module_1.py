# A module attribute read warmed up (LOAD_ATTR_MODULE) is rebound, deleted
# and answered by a module `__getattr__`.

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
mod = ModuleType("mod")
mod.value = 1

def get():
    return mod.value

run("warm", get)
mod.value = 2
run("rebound", get)
del mod.value
run("deleted", get)
mod.__getattr__ = lambda name: ("module __getattr__", name)
run("module __getattr__", get)
mod.value = 3
run("set again", get)
