# A warmed-up class call where `__init__` becomes a builtin slot wrapper, a
# staticmethod and a callable object.

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
    def __init__(self, *args):
        self.args = args

def make():
    o = C(1, 2)
    return getattr(o, "args", "no args")

run("warm", make)
C.__init__ = object.__init__
run("object.__init__", make)

class Init:
    def __call__(self, *args):
        return None

C.__init__ = Init()
run("callable object (not a descriptor)", make)
C.__init__ = staticmethod(lambda *args: None)
run("staticmethod", make)
