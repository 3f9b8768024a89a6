# A list truth test (TO_BOOL_LIST) and a str truth test (TO_BOOL_STR) see
# subclasses.

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
    def __len__(self):
        return 0

class S(str):
    def __bool__(self):
        return False

def truth(x):
    return not x

run("warm list", truth, [1])
run("empty list", truth, [])
run("list subclass", truth, L([1, 2]))
run("warm str", truth, "a")
run("str subclass", truth, S("abc"))
run("None", truth, None)
