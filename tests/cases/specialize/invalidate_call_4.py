# A `lst.append(x)` site (CALL_LIST_APPEND) sees list subclasses, non-lists
# and a replaced append.

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
    def append(self, x):
        list.append(self, ("L", x))

class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

def add(target, x):
    target.append(x)
    return target if not isinstance(target, Appender) else target.items

P = type("P", (list,), {})
run("warm", lambda: add([], 1))
run("subclass override", lambda: add(L(), 2))
run("plain subclass", lambda: add(P(), 3))
run("other class", lambda: add(Appender(), 4))
run("list again", lambda: add([0], 5))
