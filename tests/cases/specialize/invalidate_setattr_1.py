# Class attributes changed through `setattr`, `type.__setattr__` and the
# class `__dict__` proxy (which refuses).

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
    x = 1

def get(o):
    return o.x

c = C()
run("warm", get, c)
setattr(C, "x", 2)
run("setattr", get, c)
type.__setattr__(C, "x", 3)
run("type.__setattr__", get, c)
try:
    C.__dict__["x"] = 4
except TypeError as e:
    print("mappingproxy:", e)
run("after refused proxy write", get, c)
delattr(C, "x")
run("delattr", get, c)
