# A `yield from` site (SEND_GEN) delegates to generators, then to iterators,
# then to ones that raise.

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


def inner(n):
    for i in range(n):
        yield i
    return "inner done"

class Iter:
    def __init__(self):
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if not self.left:
            raise StopIteration("iter done")
        self.left -= 1
        return self.left

def fails():
    yield 1
    raise RuntimeError("inner failed")

def outer(source):
    result = yield from source
    yield ("result", result)

def drive(make):
    return list(outer(make()))

run("warm", drive, lambda: inner(2))
run("iterator", drive, Iter)
run("list", drive, lambda: [1, 2])
run("failing", drive, fails)
run("generator again", drive, lambda: inner(1))
