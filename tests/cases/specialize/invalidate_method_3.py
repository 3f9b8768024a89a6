# A method of a slotted class (LOAD_ATTR_METHOD_NO_DICT) is replaced, and the
# instance's class changes.

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
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def show(self):
        return ("S", self.v)

class T:
    __slots__ = ("v",)

    def show(self):
        return ("T", self.v)

def call(o):
    return o.show()

s = S(1)
run("warm", call, s)
S.show = lambda self: ("S2", self.v)
run("replaced", call, s)
s.__class__ = T
run("class changed", call, s)
del T.show
run("method deleted", call, s)
