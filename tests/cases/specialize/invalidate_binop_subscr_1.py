# A list subscript site (BINARY_OP_SUBSCR_LIST_INT) sees negative, out-of-
# range, bool and big indices and other containers.

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
    def __getitem__(self, i):
        return ("L", i)

def get(c, i):
    return c[i]

data = [10, 20, 30]
run("warm", get, data, 1)
run("negative", get, data, -1)
run("out of range", get, data, 3)
run("bool", get, data, True)
run("big", get, data, 2**70)
run("slice", get, data, slice(1, None))
run("tuple", get, (1, 2, 3), 0)
run("str", get, "abc", 2)
run("dict", get, {1: "one"}, 1)
run("list subclass", get, L([1]), 0)
run("float index", get, data, 1.0)
