# An instance of a module subclass with a property, read at a warmed-up site
# while the property is replaced and deleted. CPython 3.14 specializes the
# site to LOAD_ATTR_MODULE, which reads the module dict and so ignores the
# subclass's data descriptor from then on (it also ignores `__class__`
# assignment on a plain module, not tested here); the expected output records
# that.

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
