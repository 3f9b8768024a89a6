# A `super()` attribute read warmed up sees class attributes, properties and
# classmethods change.

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
    value = 1

class Sub(Base):
    value = 2

    def read(self):
        return super().value

s = Sub()
run("warm", s.read)
Base.value = property(lambda self: ("property", type(self).__name__))
run("property", s.read)
Base.value = classmethod(lambda cls: cls.__name__)
run("classmethod (bound)", lambda: s.read()())
del Base.value
run("deleted", s.read)
