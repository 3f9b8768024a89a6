# Tuple, str and dict subscript sites switch container types and meet errors.

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
    def __missing__(self, key):
        return ("missing", key)

def get(c, i):
    return c[i]

run("warm tuple", get, (1, 2, 3), 2)
run("tuple out of range", get, (1, 2, 3), 5)
run("warm str", get, "héllo", 1)
run("str negative", get, "héllo", -1)
run("str out of range", get, "abc", 10)
run("warm dict", get, {"a": 1}, "a")
run("dict missing", get, {"a": 1}, "b")
run("dict unhashable", get, {"a": 1}, [])
run("dict subclass with __missing__", get, D(), "q")
run("dict 1 vs True", get, {1: "one"}, True)
