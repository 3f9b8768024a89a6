# An unpacking site (UNPACK_SEQUENCE_TWO_TUPLE) gets lists, other lengths and
# non-sequences.

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


def split(pair):
    a, b = pair
    return a, b

run("warm", split, (1, 2))
run("list", split, [3, 4])
run("too many", split, (1, 2, 3))
run("too few", split, (1,))
run("empty", split, ())
run("str", split, "xy")
run("long str", split, "xyz")
run("dict", split, {"k": 1, "j": 2})
run("generator", lambda: split(x for x in range(2)))
run("long generator", lambda: split(x for x in range(5)))
run("int", split, 5)
