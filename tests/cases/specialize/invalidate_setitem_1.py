# `__setitem__` replaced on a list subclass after stores warmed up, and a
# plain list site sees other containers.

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


class L(list):
    pass

def store(container, key, value):
    container[key] = value
    return container[key]

plain = [0, 0, 0]
run("warm list", store, plain, 1, "v")
run("negative index", store, plain, -1, "neg")
run("out of range", store, plain, 3, "x")
run("bool index", store, plain, True, "bool")
run("dict", store, {}, 1, "dict")
sub = L([0, 0])
run("list subclass", store, sub, 0, "sub")
L.__setitem__ = lambda self, k, v: list.__setitem__(self, k, ("wrapped", v))
run("subclass __setitem__", store, sub, 0, "sub")
run("tuple", store, (1, 2), 0, "x")
run("big index", store, plain, 2**70, "x")
