# A FOR_ITER site warmed on lists sees tuples, ranges, generators, dicts and
# custom iterators.

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


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def total(it):
    acc = []
    for x in it:
        acc.append(x)
    return acc

def gen(n):
    yield from range(n)

run("warm list", total, [1, 2, 3])
run("tuple", total, (4, 5))
run("range", total, range(3))
run("generator", lambda: total(gen(3)))
run("dict", total, {"a": 1, "b": 2})
run("str", total, "hi")
run("custom", lambda: total(Countdown(3)))
run("list iterator", lambda: total(iter([7, 8])))
run("empty", total, [])
