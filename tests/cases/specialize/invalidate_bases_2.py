# `__bases__` assignment on a middle class changes attributes read through
# the class (LOAD_ATTR_CLASS).

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
    v = 1

class B:
    v = 2

class Mid(A):
    pass

class Leaf(Mid):
    pass

def get():
    return Leaf.v

run("warm", get)
Mid.__bases__ = (B,)
run("Mid bases = (B,)", get)
B.v = 3
run("B.v changed", get)
Mid.__bases__ = (A, B)
run("Mid bases = (A, B)", get)
