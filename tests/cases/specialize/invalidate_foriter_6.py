# A list iterated at a warmed-up FOR_ITER_LIST site is cleared, replaced in
# place and extended during the loop.

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


def clear_mid(items):
    seen = []
    for x in items:
        seen.append(x)
        if x == 1:
            items.clear()
    return seen

def replace_mid(items):
    seen = []
    for x in items:
        seen.append(x)
        if x == 0:
            items[:] = ["a", "b", "c"]
    return seen

run("warm", lambda: clear_mid([5, 6, 7]))
run("cleared", lambda: clear_mid([0, 1, 2, 3]))
run("replaced", lambda: replace_mid([0, 1, 2, 3]))
run("iterator reused", lambda: clear_mid(iter([1, 2])))
