# `__getattr__` added to a class later answers for attributes that were
# missing at a warmed-up site.

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
        self.present = 1

def get(o):
    return o.missing

def get_present(o):
    return o.present

c = C()
run("warm missing", get, c)
run("warm present", get_present, c)
C.__getattr__ = lambda self, name: ("__getattr__", name)
run("__getattr__ added", get, c)
run("present still found", get_present, c)
del C.__getattr__
run("__getattr__ removed", get, c)
