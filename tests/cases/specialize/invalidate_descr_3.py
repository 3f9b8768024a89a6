# A descriptor class gains `__get__` (and then `__set__`) after reads of its
# instances warmed up.

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


class Descr:
    pass

class C:
    d = Descr()

    def __init__(self):
        self.other = 1

def get(o):
    return type(o.d).__name__ if isinstance(o.d, Descr) else o.d

c = C()
run("warm", get, c)
Descr.__get__ = lambda self, obj, owner=None: "now __get__"
run("__get__ added", get, c)
c.__dict__["d"] = "instance d"
run("instance d, non-data", get, c)
Descr.__set__ = lambda self, obj, value: None
run("instance d, data descriptor", get, c)
