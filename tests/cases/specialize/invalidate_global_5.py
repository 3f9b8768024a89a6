# A function's globals dict is changed through `exec` into the same
# namespace.

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


def get():
    return counter

counter = 0
run("warm", get)
exec("counter = 99", globals())
run("after exec", get)
exec("del counter", globals())
run("after exec del", get)
