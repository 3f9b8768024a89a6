# `__bases__` assignment changes the `__init__` a warmed-up class call runs
# (CALL_ALLOC_AND_ENTER_INIT).

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
    def __init__(self, x):
        self.tag = ("A", x)

class B:
    def __init__(self, x):
        self.tag = ("B", x)

class C(A):
    pass

def make(x):
    return C(x).tag

run("warm", make, 1)
C.__bases__ = (B,)
run("bases = (B,)", make, 2)
