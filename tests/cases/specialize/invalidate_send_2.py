# `send()` values pass through a warmed-up `yield from` site; the delegate
# changes kind.

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


def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)

def outer(delegate):
    return (yield from delegate)

def drive(delegate, values):
    g = outer(delegate)
    next(g)
    out = []
    for v in values:
        out.append(g.send(v))
    try:
        g.send(None)
    except StopIteration as stop:
        out.append(stop.value)
    return out

run("warm", lambda: drive(echo(), [1, 2]))
run("list iterator cannot take send", lambda: drive(iter([1, 2, 3]), [5]))
run("generator again", lambda: drive(echo(), ["a"]))
