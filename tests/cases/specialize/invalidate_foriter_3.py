# A generator iterated at a warmed-up FOR_ITER_GEN site raises, returns early
# or is already exhausted.

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


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError(i)
        yield i
    return "done"

def collect(g):
    out = []
    for x in g:
        out.append(x)
    return out

run("warm", lambda: collect(gen(3)))
run("raising", lambda: collect(gen(3, fail_at=1)))
exhausted = gen(2)
list(exhausted)
run("exhausted", collect, exhausted)
run("genexpr", lambda: collect(x * 2 for x in range(3)))

def running():
    g = gen(5)
    next(g)
    return collect(g)

run("partly consumed", running)
