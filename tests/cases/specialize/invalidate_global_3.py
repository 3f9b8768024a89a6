# A builtin read warmed up (LOAD_GLOBAL_BUILTIN) is shadowed by a global,
# which is then deleted.

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


def use():
    return abs(-3)

run("warm", use)
abs = lambda x: ("shadow", x)
run("shadowed by a global", use)
del abs
run("global deleted", use)
