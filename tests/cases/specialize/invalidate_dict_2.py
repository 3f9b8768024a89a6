# An instance's `__dict__` is replaced and then mutated directly; stores
# warmed up too (STORE_ATTR_INSTANCE_VALUE).

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
        self.a = 0

def bump(o):
    o.a = o.a + 1
    return o.a

c = C()
run("warm", bump, c)
d = {"a": 1000}
c.__dict__ = d
run("new dict", bump, c)
print("dict seen from outside", d)
d["a"] = -5
run("mutated from outside", bump, c)
