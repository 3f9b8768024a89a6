# A method is replaced by a builtin function, a callable instance and a non-
# callable.

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
    def m(self):
        return "py"

class Callable:
    def __call__(self, *args):
        return ("callable", len(args))

def call(o):
    return o.m()

c = C()
run("warm", call, c)
C.m = len
run("builtin", call, c)
C.m = Callable()
run("callable instance", call, c)
C.m = 7
run("not callable", call, c)
