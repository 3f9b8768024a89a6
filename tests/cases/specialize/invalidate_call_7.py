# A builtin class call site (CALL_BUILTIN_CLASS) sees subclasses and wrong
# arguments.

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


class MyList(list):
    def __init__(self, it):
        super().__init__(it)
        self.append("init ran")

def make(cls, arg):
    return cls(arg)

run("warm", make, list, "ab")
run("subclass", make, MyList, "ab")
run("int", make, int, "12")
run("int bad", make, int, "z")
run("dict", make, dict, [(1, 2)])
run("frozenset", make, frozenset, [1])
run("bytes neg", make, bytes, -1)
