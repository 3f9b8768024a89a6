# A new builtin name appears after a NameError at a warmed-up site; a global
# then shadows it.

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
    return brand_new_builtin

run("warm (missing)", use)
builtins.brand_new_builtin = "from builtins"
run("builtin added", use)
brand_new_builtin = "global"
run("global shadows", use)
del brand_new_builtin
del builtins.brand_new_builtin
run("both gone", use)
