# An attribute inherited from a base is shadowed by a new attribute of the
# subclass, then unshadowed.

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
    x = "base"

class Sub(Base):
    pass

def get(o):
    return o.x

s = Sub()
run("warm", get, s)
run("warm class", get, Sub)
Sub.x = "sub"
run("shadowed", get, s)
run("shadowed class", get, Sub)
del Sub.x
run("unshadowed", get, s)
Base.x = "base2"
run("base changed", get, s)
