# A metaclass `__getattr__` added later answers for a class attribute that
# was deleted.

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
    x = 1

def get():
    return C.x

run("warm", get)
del C.x
run("deleted", get)
Meta.__getattr__ = lambda cls, name: ("meta getattr", name)
run("meta __getattr__", get)
C.x = 2
run("set again", get)
