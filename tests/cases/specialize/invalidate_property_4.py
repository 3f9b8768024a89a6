# A property with a setter warmed up through STORE_ATTR is replaced by a
# read-only one.

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
        self._v = 0

    def _get(self):
        return self._v

    def _set(self, value):
        self._v = value * 2

    v = property(_get, _set)

def store(o, x):
    o.v = x
    return o.v

c = C()
run("warm", store, c, 1)
C.v = property(C._get)
run("read-only", store, c, 2)
del C.v
run("property deleted", store, c, 3)
print(sorted(vars(c).items()))
