# `__getitem__` of a warmed-up subscript site becomes a generator function,
# gains defaults and takes *args.

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


class Seq:
    def __getitem__(self, i):
        return ("plain", i)

def get(s):
    r = s[3]
    return r if isinstance(r, tuple) else ("generator", list(r))

s = Seq()
run("warm", get, s)

def gen(self, i):
    yield i

Seq.__getitem__ = gen
run("generator", get, s)
Seq.__getitem__ = lambda self, i, scale=10: ("default", i * scale)
run("with default", get, s)
Seq.__getitem__ = lambda *args: ("varargs", len(args))
run("varargs", get, s)
