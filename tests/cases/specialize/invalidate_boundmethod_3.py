# A method call on many receivers whose methods are functions stored in the
# instance vs the class.

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
    def __init__(self, tag):
        self.tag = tag

    def m(self):
        return self.tag

def call(o):
    return o.m()

a = C("a")
b = C("b")
run("warm", call, a)
b.m = lambda: "b's own"
run("b with instance function", call, b)
run("a again", call, a)
