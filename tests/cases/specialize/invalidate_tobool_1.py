# A truth test site (TO_BOOL_*) warmed on ints sees every other kind of
# value.

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


class Falsy:
    def __bool__(self):
        return False

class Sized:
    def __len__(self):
        return 0

class BadBool:
    def __bool__(self):
        return 1

def truth(x):
    return "yes" if x else "no"

for label, value in [
    ("warm int", 5), ("zero", 0), ("big", 2**70), ("bool", False), ("list", []),
    ("full list", [0]), ("str", ""), ("None", None), ("float nan", float("nan")),
    ("falsy class", Falsy()), ("sized", Sized()), ("bad __bool__", BadBool()),
    ("dict", {}), ("tuple", (0,)),
]:
    run(label, truth, value)
