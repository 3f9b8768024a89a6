# A function's `__defaults__` are replaced after calls relying on them warmed
# up.

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


def f(a, b=1, c=2):
    return a, b, c

def call():
    return f(0)

def call_two():
    return f(0, 5)

run("warm", call)
run("warm two", call_two)
f.__defaults__ = (10, 20)
run("new defaults", call)
f.__defaults__ = (30,)
run("one default", call)
run("one default, two args", call_two)
f.__defaults__ = None
run("no defaults", call)
run("no defaults, two args", call_two)
