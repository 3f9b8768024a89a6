# `isinstance` is shadowed by a global and then by a replaced builtin after
# CALL_ISINSTANCE warmed up.

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

def check(x):
    return isinstance(x, int)

real = builtins.isinstance
run("warm", check, 5)
isinstance = lambda x, t: "global isinstance"
run("global", check, 5)
del isinstance
run("global deleted", check, 5)
builtins.isinstance = lambda x, t: "builtins isinstance"
run("builtin replaced", check, 5)
builtins.isinstance = real
run("restored", check, "s")
