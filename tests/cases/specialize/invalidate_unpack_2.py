# A three-item unpacking site (UNPACK_SEQUENCE_TUPLE / _LIST) meets wrong
# lengths and subclasses.

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


class T(tuple):
    def __iter__(self):
        return iter(("from", "custom", "iter"))

def three(seq):
    a, b, c = seq
    return c, b, a

run("warm tuple", three, (1, 2, 3))
run("warm list", three, [1, 2, 3])
run("list too long", three, [1, 2, 3, 4])
run("list too short", three, [1, 2])
run("tuple subclass", three, T((9, 9, 9)))
run("range", three, range(3))
run("tuple too short", three, (1, 2))
