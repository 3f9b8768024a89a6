# `__class__` assignment between a class and its subclass with an override.

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
    def __init__(self):
        self.n = 2

    def area(self):
        return self.n * self.n

class Cube(Base):
    def area(self):
        return self.n ** 3

def call(o):
    return o.area()

o = Base()
run("warm", call, o)
o.__class__ = Cube
run("now Cube", call, o)
o.n = 3
run("n = 3", call, o)
