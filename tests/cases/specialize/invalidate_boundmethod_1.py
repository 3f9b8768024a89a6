# A call site warms up on one bound method and then sees bound methods of
# other objects and kinds.

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


class A:
    def f(self, x):
        return ("A.f", x)

class B:
    def f(self, x, y=5):
        return ("B.f", x, y)

def call(m):
    return m(1)

run("warm", call, A().f)
run("other class's method", call, B().f)
run("bound builtin method", call, [0, 1].__getitem__)
run("plain function", call, lambda x: ("lambda", x))
run("class", call, list)
