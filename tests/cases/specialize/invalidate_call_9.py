# A `CALL_KW` site switches between functions, bound methods and builtins.

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


class C:
    def m(self, a, key=None):
        return ("method", a, key)

def f(a, key=None):
    return ("function", a, key)

def call(fn):
    return fn(1, key="k")

run("warm function", call, f)
run("bound method", call, C().m)
run("builtin", call, sorted.__call__ if False else (lambda a, key: ("lambda", a, key)))
run("builtin int", lambda: int("10", base=2))
run("class", call, lambda *a, **k: (a, sorted(k.items())))
run("no such keyword", call, lambda a: a)
run("builtin without keywords", call, abs)
