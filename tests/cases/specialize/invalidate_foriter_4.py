# A loop over a tuple (FOR_ITER_TUPLE) gets list and tuple subclasses with
# `__iter__` overridden.

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


class T(tuple):
    def __iter__(self):
        return iter(("T", "iter"))

class L(list):
    def __iter__(self):
        return iter(["L"])

def each(t):
    out = []
    for x in t:
        out.append(x)
    return out

run("warm", each, (1, 2))
run("tuple subclass", each, T((1, 2)))
run("list subclass", each, L([1, 2]))
T.__iter__ = tuple.__iter__
run("subclass with tuple's __iter__", each, T((3, 4)))
