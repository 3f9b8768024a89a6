# `builtins.len` is replaced after `len(x)` warmed up (CALL_LEN), then
# restored.

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

def use(x):
    return len(x)

real_len = builtins.len
run("warm", use, [1, 2, 3])
builtins.len = lambda x: ("fake len", type(x).__name__)
run("replaced", use, [1, 2, 3])
builtins.len = real_len
run("restored", use, [1, 2, 3])
