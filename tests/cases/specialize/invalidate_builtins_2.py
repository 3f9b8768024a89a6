# A builtin is deleted from `builtins` after warm-up and then restored.

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


import builtins

def use():
    return min(3, 1, 2)

real_min = builtins.min
run("warm", use)
del builtins.min
run("deleted", use)
builtins.min = real_min
run("restored", use)
