# A class whose instances were always true (TO_BOOL_ALWAYS_TRUE) gains
# `__bool__` and then `__len__`.

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
    pass

def truth(x):
    return "yes" if x else "no"

c = C()
run("warm", truth, c)
C.__bool__ = lambda self: False
run("__bool__ added", truth, c)
del C.__bool__
run("__bool__ removed", truth, c)
C.__len__ = lambda self: 0
run("__len__ added", truth, c)
