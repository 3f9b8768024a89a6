# A slot read warmed up (LOAD_ATTR_SLOT) meets a deleted slot value, then a
# re-set one.

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


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2

def get(o):
    return o.a

s = S()
run("warm", get, s)
del s.a
run("deleted", get, s)
s.a = "back"
run("re-set", get, s)
empty = S.__new__(S)
run("never set", get, empty)
