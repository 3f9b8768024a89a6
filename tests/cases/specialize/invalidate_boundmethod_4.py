# A bound-method call site (CALL_BOUND_METHOD_EXACT_ARGS) sees bound methods
# whose `__self__` and `__func__` differ.

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
    def __init__(self, n):
        self.n = n

    def get(self):
        return ("A.get", self.n)

class B:
    def get(self):
        return "B.get"

def call(m):
    return m()

run("warm", call, A(1).get)
run("other instance", call, A(2).get)
run("method of B", call, B().get)
run("function bound by hand", call, A.get.__get__(A(3)))
run("B's instance bound to A.get", call, A.get.__get__(B()))
run("classmethod", call, classmethod(lambda cls: cls.__name__).__get__(None, A))
