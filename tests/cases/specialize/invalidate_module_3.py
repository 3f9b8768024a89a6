# An instance of a module subclass with a property: the property is replaced
# and deleted after reads warmed up (CPython's LOAD_ATTR_MODULE guards only
# the module dict, so `__class__` assignment on a plain module is not
# tested).

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

m = Special("m")
m.__dict__["value"] = "plain"

def get():
    return m.value

run("warm", get)
Special.value = property(lambda self: "new property")
run("property replaced", get)
del Special.value
run("property deleted", get)
Special.value = "class attribute"
run("class attribute", get)
