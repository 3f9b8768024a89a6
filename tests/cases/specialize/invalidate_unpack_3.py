# Starred unpacking and nested unpacking on changing lengths.

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


def starred(seq):
    first, *rest = seq
    return first, rest

def nested(seq):
    (a, b), c = seq
    return a, b, c

run("warm starred", starred, (1, 2, 3))
run("starred single", starred, [1])
run("starred empty", starred, [])
run("warm nested", nested, ((1, 2), 3))
run("nested list", nested, [[1, 2], 3])
run("nested wrong", nested, ((1, 2, 3), 4))
run("nested not iterable", nested, (1, 2))
