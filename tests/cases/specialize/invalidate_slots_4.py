# A slot store warmed up (STORE_ATTR_SLOT) meets a property with a setter put
# over the slot, then the slot back.

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

def store(o, v):
    o.a = v
    return o.a

s = S()
run("warm", store, s, 1)
slot = S.__dict__["a"]
S.a = property(lambda self: ("via property", slot.__get__(self)), lambda self, v: slot.__set__(self, v * 100))
run("property over the slot", store, s, 2)
S.a = slot
run("slot restored", store, s, 3)
del S.a
run("slot descriptor deleted", store, s, 4)
