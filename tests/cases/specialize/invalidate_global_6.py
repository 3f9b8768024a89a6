# A function built with its own globals dict sees that dict change after
# warm-up.

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


def source():
    return name

ns = {"name": "first", "__builtins__": __builtins__}
f = type(source)(source.__code__, ns)
run("warm", f)
ns["name"] = "second"
run("rebound", f)
del ns["name"]
run("deleted", f)
ns["__builtins__"] = {"name": "from custom builtins"}
run("custom builtins", f)
