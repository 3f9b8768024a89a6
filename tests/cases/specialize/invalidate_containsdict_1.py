# A dict membership site (CONTAINS_OP_DICT) sees dict subclasses whose
# `__contains__` changes.

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
    pass

def has(k, d):
    return k in d

d = D(a=1)
run("warm exact", has, "a", {"a": 1})
run("subclass", has, "a", d)
D.__contains__ = lambda self, k: "D says yes"
run("subclass __contains__ added", has, "zzz", d)
del D.__contains__
run("removed", has, "zzz", d)
run("keys view", has, "a", {"a": 1}.keys())
