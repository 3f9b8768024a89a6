# A `type(x)`, `str(x)` and `tuple(x)` site (CALL_TYPE_1 / _STR_1 / _TUPLE_1)
# when the name is shadowed or the argument changes.

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
    pass

class WithMeta(metaclass=Meta):
    pass

def t(x):
    return type(x).__name__

def s(x):
    return str(x)

def tu(x):
    return tuple(x)

run("warm type", t, 1)
run("type of class with metaclass", t, WithMeta)
run("warm str", s, 12)
run("str of str subclass", s, type("S", (str,), {})("v"))
run("warm tuple", tu, [1, 2])
run("tuple of generator", lambda: tu(x for x in "ab"))
type = lambda x: "shadow type"
str = lambda x: "shadow str"
tuple = lambda x: "shadow tuple"
run("shadowed type", t, 1)
run("shadowed str", s, 12)
run("shadowed tuple", tu, [1, 2])
