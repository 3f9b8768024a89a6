# A class attribute read through instances
# (LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES) is reassigned on the class.

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
    x = 1

    def __init__(self):
        self.y = 0

def get(o):
    return o.x

c = C()
run("warm", get, c)
C.x = 2
run("reassigned", get, c)
C.x = "text"
run("retyped", get, c)
