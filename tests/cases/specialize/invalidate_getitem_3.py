# An instance attribute named `__getitem__` does not affect subscription; a
# class one does.

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
    def __getitem__(self, k):
        return "class"

def get(o):
    return o[0]

c = C()
run("warm", get, c)
c.__getitem__ = lambda k: "instance"
run("instance attribute", get, c)
C.__class_getitem__ = classmethod(lambda cls, k: "class_getitem")
run("__class_getitem__ added", get, c)
run("subscript the class", get, C)
