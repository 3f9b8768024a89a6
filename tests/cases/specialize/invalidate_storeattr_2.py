# A warmed-up attribute store meets a data descriptor added to the class and
# a frozen-style `__setattr__`.

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
    def __init__(self):
        self.v = 0

class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)

def store(o, x):
    o.v = x
    return o.v

c = C()
run("warm", store, c, 1)
descriptor = Validated()
descriptor.__set_name__(C, "v")
C.v = descriptor
run("descriptor", store, c, 5)
run("descriptor rejects", store, c, -1)
print(sorted(vars(c).items()))
