# An int truth test (TO_BOOL_INT) sees int subclasses with `__bool__` and
# bools.

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
    def __bool__(self):
        return False

class J(int):
    pass

def truth(x):
    return "true" if x else "false"

run("warm", truth, 1)
run("zero", truth, 0)
run("subclass __bool__", truth, I(5))
run("plain subclass", truth, J(0))
run("bool", truth, True)
J.__bool__ = lambda self: True
run("plain subclass gains __bool__", truth, J(0))
