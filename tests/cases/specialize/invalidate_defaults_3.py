# `__defaults__` of a method and of `__init__` change after warm-up.

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
    def __init__(self, v=1):
        self.v = v

    def m(self, x=10):
        return self.v + x

def make():
    return C().v

def call(o):
    return o.m()

run("warm make", make)
c = C()
run("warm call", call, c)
C.__init__.__defaults__ = (2,)
C.m.__defaults__ = (20,)
run("make after", make)
run("call after", call, c)
