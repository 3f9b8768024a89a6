# A metaclass `__setattr__` rewrites class attribute assignments made after
# warm-up.

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


class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, ("wrapped", value))

class C(metaclass=Meta):
    x = 1

def get():
    return C.x

def get_inst(o):
    return o.x

c = C()
run("warm", get)
run("warm inst", get_inst, c)
C.x = 2
run("after set", get)
run("after set inst", get_inst, c)
