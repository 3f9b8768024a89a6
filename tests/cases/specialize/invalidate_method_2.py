# A method inherited from a base class is replaced on the base.

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


class Base:
    def m(self):
        return "base m"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

def call(o):
    return o.m()

leaf = Leaf()
run("warm", call, leaf)
Base.m = lambda self: "replaced on base"
run("base replaced", call, leaf)
Mid.m = lambda self: "defined on mid"
run("mid overrides", call, leaf)
del Mid.m
run("mid override deleted", call, leaf)
del Base.m
run("base deleted", call, leaf)
