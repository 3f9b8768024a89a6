# A list slice site (BINARY_OP_SUBSCR_LIST_SLICE) meets tuples, strs and
# custom slices.

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


def cut(c, start, stop):
    return c[start:stop]

run("warm", cut, [1, 2, 3, 4], 1, 3)
run("tuple", cut, (1, 2, 3, 4), 1, 3)
run("str", cut, "abcd", 1, 3)
run("None bounds", cut, [1, 2, 3], None, None)
run("negative", cut, [1, 2, 3], -2, None)
run("big", cut, [1, 2, 3], -(2**70), 2**70)
run("bad bound", cut, [1, 2, 3], "a", None)
