# A class with `__getattribute__` and `__getattr__`
# (LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN) changes both.

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
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return ("getattribute", name)

    def __getattr__(self, name):
        return ("getattr", name)

def get(o):
    return o.special

def get_other(o):
    return o.other

c = C()
run("warm", get, c)
run("warm other", get_other, c)
C.__getattr__ = lambda self, name: ("getattr 2", name)
run("__getattr__ replaced", get, c)
del C.__getattribute__
run("__getattribute__ removed", get, c)
run("other after removal", get_other, c)
