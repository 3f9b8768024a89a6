# A dict store site (STORE_SUBSCR_DICT) sees dict subclasses with
# `__setitem__`, unhashable keys and other mappings.

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


class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("D", v))

class Plain(dict):
    pass

def put(d, k, v):
    d[k] = v
    return d

run("warm", lambda: put({}, "k", 1))
run("subclass with __setitem__", lambda: put(D(), "k", 2))
run("plain subclass", lambda: put(Plain(), "k", 3))
run("unhashable key", lambda: put({}, [], 4))
run("list", lambda: put([0], 0, 5))
run("bytearray", lambda: put(bytearray(1), 0, 6))
run("bytearray bad value", lambda: put(bytearray(1), 0, 300))
D.__setitem__ = dict.__setitem__
run("subclass __setitem__ reset", lambda: put(D(), "k", 7))
