# Membership sites (CONTAINS_OP_SET, _DICT) see other containers, unhashable
# keys and subclasses.

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


class MySet(set):
    def __contains__(self, x):
        return "always"

def has(x, c):
    return x in c, x not in c

run("warm set", has, 1, {1, 2})
run("frozenset", has, 2, frozenset({2}))
run("dict", has, "k", {"k": 0})
run("list", has, 3, [1, 2, 3])
run("set subclass", has, 9, MySet())
run("unhashable in set", has, [], {1})
run("unhashable in dict", has, {}, {1: 2})
run("str in str", has, "b", "abc")
run("nan in set", has, float("nan"), {float("nan")})
