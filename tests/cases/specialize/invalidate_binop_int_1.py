# An int addition site (BINARY_OP_ADD_INT) sees bools, big ints past 2**30
# and 2**62, and overflowing results.

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


def add(a, b):
    return a + b

run("warm", add, 3, 4)
run("bools", add, True, True)
run("bool and int", add, True, 41)
run("2**30", add, 2**30, 2**30)
run("2**62", add, 2**62, 2**62)
run("negative big", add, -(2**63), -1)
run("small again", add, 5, 6)
run("int and float", add, 1, 0.5)
run("int and str", add, 1, "x")
