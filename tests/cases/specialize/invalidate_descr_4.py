# A method-like descriptor site (classmethod, staticmethod) has its
# descriptor swapped.

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
    @classmethod
    def make(cls):
        return ("classmethod", cls.__name__)

def call(o):
    return o.make()

c = C()
run("warm instance", call, c)
run("warm class", call, C)
C.make = staticmethod(lambda: "static")
run("staticmethod", call, c)
run("staticmethod via class", call, C)
C.make = lambda self: ("function", type(self).__name__)
run("function", call, c)
run("function via class", call, C)
