# A class's `__getitem__` (BINARY_OP_SUBSCR_GETITEM) is replaced, deleted and
# given back.

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


class Seq:
    def __getitem__(self, i):
        return i * 2

def get(s, i):
    return s[i]

s = Seq()
run("warm", get, s, 3)
Seq.__getitem__ = lambda self, i: ("new", i)
run("replaced", get, s, 3)
del Seq.__getitem__
run("deleted", get, s, 3)
Seq.__getitem__ = lambda self, i, extra: "needs more"
run("wrong arity", get, s, 3)
Seq.__getitem__ = dict.get
run("builtin method of the wrong type", get, s, 3)
