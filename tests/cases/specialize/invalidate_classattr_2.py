# A class attribute read through the class (LOAD_ATTR_CLASS) is reassigned,
# deleted and added back.

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


class C:
    x = 10

def get():
    return C.x

run("warm", get)
C.x = 11
run("reassigned", get)
del C.x
run("deleted", get)
C.x = 12
run("added back", get)
