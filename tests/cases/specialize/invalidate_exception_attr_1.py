# Attribute reads on exception instances whose dict is created lazily meet
# instance attributes and class changes.

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


class E(Exception):
    code = 1

    def describe(self):
        return ("E", self.code)

def read(e):
    return e.describe(), e.args

e = E("x")
run("warm", read, e)
e.code = 2
run("instance code", read, e)
e.describe = lambda: "shadowed"
run("method shadowed", read, e)
E.describe = lambda self: "class replaced"
del e.describe
run("class replaced", read, e)
e.args = ("new",)
run("args replaced", read, e)
