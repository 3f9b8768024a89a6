# An instance grows many attributes (its dict leaves the shared-keys layout;
# LOAD_ATTR_WITH_HINT).

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
        self.first = 1

def get(o):
    return o.first

c = C()
run("warm", get, c)
for i in range(40):
    setattr(c, f"extra{i}", i)
run("many attributes", get, c)
del c.first
run("first deleted", get, c)
c.first = "again"
run("first again", get, c)
print(sorted(vars(c))[:3], len(vars(c)))
