# A metaclass gains `__getattribute__` after class attribute reads warmed up
# (LOAD_ATTR_CLASS_WITH_METACLASS_CHECK).

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


class Meta(type):
    pass

class C(metaclass=Meta):
    x = "class x"

def get():
    return C.x

run("warm", get)
Meta.__getattribute__ = lambda cls, name: ("meta", name)
run("meta __getattribute__", get)
del Meta.__getattribute__
run("removed", get)
