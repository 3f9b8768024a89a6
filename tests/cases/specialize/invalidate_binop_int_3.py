# An int subclass gains `__add__` after warm-up; the exact int site is
# unaffected.

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


class I(int):
    pass

def add(a, b):
    return a + b

run("warm exact", add, 1, 2)
run("warm subclass", add, I(1), 2)
I.__add__ = lambda self, other: "I.__add__"
run("subclass with __add__", add, I(1), 2)
I.__radd__ = lambda self, other: "I.__radd__"
run("reflected", add, 2, I(1))
run("exact again", add, 1, 2)
