# A str truth test (TO_BOOL_STR) and a None test (TO_BOOL_NONE) see
# subclasses and other types at the same site.

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


class S(str):
    def __len__(self):
        return 0

def check(x):
    if x:
        return "truthy"
    return "falsy"

run("warm str", check, "x")
run("empty str", check, "")
run("str subclass with __len__", check, S("abc"))
run("None", check, None)
run("after None, str", check, "y")
run("int", check, 0)
run("bytes", check, b"")
