# A slot descriptor is replaced on the class by a property.

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


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 7

def get(o):
    return o.a

s = S()
run("warm", get, s)
slot = S.__dict__["a"]
S.a = property(lambda self: ("property", slot.__get__(self)))
run("property over slot", get, s)
S.a = slot
run("slot restored", get, s)
