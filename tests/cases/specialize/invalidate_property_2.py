# A property getter is replaced through the property's fget of a new property
# on a base class.

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
    @property
    def name(self):
        return "base"

class Sub(Base):
    pass

def get(o):
    return o.name

s = Sub()
run("warm", get, s)
Base.name = Base.name.getter(lambda self: "new getter")
run("getter replaced", get, s)
Sub.name = property(lambda self: "sub property")
run("subclass property", get, s)
del Sub.name
run("subclass property deleted", get, s)
