# A class's `__init__` is replaced after instantiation warmed up
# (CALL_ALLOC_AND_ENTER_INIT).

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

def make(x):
    return C(x).x

run("warm", make, 1)

def new_init(self, x):
    self.x = ("new", x)

C.__init__ = new_init
run("replaced", make, 2)

def bad_init(self, x):
    return x

C.__init__ = bad_init
run("returns non-None", make, 3)

def two_args(self, x, y):
    self.x = y

C.__init__ = two_args
run("wrong arity", make, 4)
del C.__init__
run("deleted", make, 5)
