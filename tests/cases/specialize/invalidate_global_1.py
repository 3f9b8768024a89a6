# A module global read warmed up (LOAD_GLOBAL_MODULE) is rebound, deleted and
# re-added.

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


value = 1

def get():
    return value

run("warm", get)
value = 2
run("rebound", get)
del value
run("deleted", get)
value = "back"
run("re-added", get)
