# A FOR_ITER_GEN site meets a generator that is already running (iterating
# itself) and one closed early.

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


def collect(g):
    out = []
    for x in g:
        out.append(x)
    return out

def gen(n):
    yield from range(n)

run("warm", lambda: collect(gen(3)))

def selfish():
    g = None

    def body():
        yield 1
        yield collect(g)

    g = body()
    return collect(g)

run("iterates itself", selfish)
closed = gen(3)
closed.close()
run("closed", collect, closed)

def send_into():
    g = gen(3)
    next(g)
    return collect(g)

run("started", send_into)
