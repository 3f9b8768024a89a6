# A global read warmed up meets many new globals being added (the module
# dict's keys change).

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


target = "t"

def get():
    return target

run("warm", get)
for i in range(50):
    globals()[f"filler_{i}"] = i
run("after 50 new globals", get)
for i in range(50):
    del globals()[f"filler_{i}"]
run("after removing them", get)
globals()["target"] = "set through globals()"
run("set through globals()", get)
