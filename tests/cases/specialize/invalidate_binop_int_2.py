# Int subtraction and multiplication sites see int subclasses with and
# without overridden operators.

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


class MyInt(int):
    pass

class Loud(int):
    def __sub__(self, other):
        return ("Loud.__sub__", int(self), other)

    def __rmul__(self, other):
        return ("Loud.__rmul__", other, int(self))

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

run("warm sub", sub, 10, 3)
run("warm mul", mul, 6, 7)
run("subclass sub", sub, MyInt(10), 3)
run("overriding subclass sub", sub, Loud(10), 3)
run("overriding subclass rmul", mul, 6, Loud(7))
run("result type", lambda: type(sub(MyInt(5), 1)).__name__)
run("big mul", mul, 2**31 - 1, 2**31 - 1)
run("negative", mul, -(2**30), 4)
