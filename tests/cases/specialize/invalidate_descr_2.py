# A non-data descriptor added later loses to the instance attribute until
# that is deleted.

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
        self.x = "instance"

class NonData:
    def __get__(self, obj, owner=None):
        return ("non-data", obj is None)

def get(o):
    return o.x

c = C()
run("warm", get, c)
C.x = NonData()
run("non-data added", get, c)
del c.x
run("instance attribute deleted", get, c)
run("through the class", get, C)
