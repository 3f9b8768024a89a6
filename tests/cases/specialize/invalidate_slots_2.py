# A slot store warmed up (STORE_ATTR_SLOT) meets deletion and a subclass with
# a `__dict__`.

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
    __slots__ = ("v",)

class WithDict(S):
    pass

def store(o, value):
    o.v = value
    return o.v

s = S()
run("warm", store, s, 1)
del s.v
run("after delete", store, s, 2)
w = WithDict()
run("subclass with dict", store, w, 3)
w.__dict__["v"] = "dict entry"
run("dict entry does not shadow a slot", store, w, 4)
print(vars(w))
