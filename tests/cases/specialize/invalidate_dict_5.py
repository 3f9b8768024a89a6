# Attributes set through `vars()` and `setattr` with non-identifier names
# next to a warmed-up read.

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
    def __init__(self):
        self.x = 1

def get(o):
    return o.x

c = C()
run("warm", get, c)
vars(c)["x"] = 2
run("vars write", get, c)
setattr(c, "not an identifier", 3)
run("odd key added", get, c)
vars(c).clear()
run("cleared", get, c)
vars(c).update(x=4)
run("updated", get, c)
