# Reads of `__class__` at a warmed-up site meet `__class__` assignment and a
# class that overrides `__class__` with a property.

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


class A:
    pass

class B:
    pass

def cls_name(o):
    return o.__class__.__name__, isinstance(o, A)

o = A()
run("warm", cls_name, o)
o.__class__ = B
run("assigned B", cls_name, o)

class Pretender:
    @property
    def __class__(self):
        return A

run("property __class__", cls_name, Pretender())
o.__class__ = A
run("back to A", cls_name, o)
try:
    A.__class__ = property(lambda self: B)
except TypeError as e:
    print("class __class__ assignment:", e)
run("after refused assignment", cls_name, o)
