# Stores warmed on many instances of one class meet an instance whose dict
# was materialized or replaced.

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
        self.a = 1
        self.b = 2

def store(o):
    o.b = o.a + 10
    return (o.a, o.b)

objs = [C() for _ in range(5)]
for o in objs:
    run("warm", store, o)
odd = C()
vars(odd)
odd.__dict__ = {"a": 7}
run("replaced dict", store, odd)
other = C()
del other.a
run("missing a", store, other)
