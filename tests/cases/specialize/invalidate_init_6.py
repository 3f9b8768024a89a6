# A warmed-up class call meets an `__init__` whose `__code__` is replaced
# with one of another arity or a generator's.

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
    def __init__(self, x):
        self.x = x

def make():
    return C(1).x

run("warm", make)

def two(self, x, y):
    self.x = (x, y)

def gen(self, x):
    yield x

def kwonly(self, x, *, k="k"):
    self.x = (x, k)

C.__init__.__code__ = kwonly.__code__
C.__init__.__kwdefaults__ = {"k": "k"}
run("keyword-only default", make)
C.__init__.__code__ = two.__code__
run("two parameters", make)
C.__init__.__code__ = gen.__code__
run("generator __init__", make)
