# `__bases__` assignment changes which base's method a warmed-up call finds.

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
    def who(self):
        return "A"

    x = "A.x"

class B:
    def who(self):
        return "B"

    x = "B.x"

class C(A):
    pass

def call(o):
    return o.who(), o.x

c = C()
run("warm", call, c)
C.__bases__ = (B,)
run("bases = (B,)", call, c)
C.__bases__ = (A,)
run("bases = (A,)", call, c)
A.who = lambda self: "A2"
run("A.who replaced", call, c)
