# A method called on warmed-up instances (LOAD_ATTR_METHOD_WITH_VALUES +
# CALL_PY_EXACT_ARGS) is replaced on the class.

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
    def __init__(self):
        self.n = 3

    def m(self, k):
        return self.n + k

def call(o):
    return o.m(1)

c = C()
run("warm", call, c)
C.m = lambda self, k: self.n * 100 + k
run("replaced", call, c)

def three(self, k, extra):
    return extra

C.m = three
run("wrong arity", call, c)
C.m = staticmethod(lambda k: ("static", k))
run("staticmethod", call, c)
C.m = classmethod(lambda cls, k: (cls.__name__, k))
run("classmethod", call, c)
