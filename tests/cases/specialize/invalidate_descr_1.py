# A data descriptor added to the class after warm-up wins over the instance
# attribute.

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

def get(o):
    return o.x

class Data:
    def __get__(self, obj, owner=None):
        return "data descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only")

c = C()
run("warm", get, c)
C.x = Data()
run("data descriptor", get, c)
Data.__set__ = None
del Data.__set__
run("descriptor lost __set__", get, c)
