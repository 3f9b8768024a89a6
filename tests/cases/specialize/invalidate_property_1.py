# A property read warmed up (LOAD_ATTR_PROPERTY) is replaced by another
# property and then by a plain value.

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
        self.v = 3

    @property
    def p(self):
        return self.v + 1

def get(o):
    return o.p

c = C()
run("warm", get, c)
C.p = property(lambda self: self.v * 10)
run("new property", get, c)
C.p = "plain"
run("plain value", get, c)
c.p = "instance"
run("instance attribute", get, c)
