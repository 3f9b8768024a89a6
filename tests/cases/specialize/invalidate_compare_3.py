# A string comparison site (COMPARE_OP_STR) sees str subclasses with `__eq__`
# and `__ne__`, and non-str operands.

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


class S(str):
    def __eq__(self, other):
        return "S.__eq__"

    __hash__ = str.__hash__

class N(str):
    def __ne__(self, other):
        return "N.__ne__"

    __hash__ = str.__hash__

def eq(a, b):
    return a == b, a != b

run("warm", eq, "a", "a")
run("subclass __eq__ left", eq, S("a"), "a")
run("subclass __eq__ right", eq, "a", S("a"))
run("subclass __ne__", eq, N("a"), "b")
run("str and bytes", eq, "a", b"a")
run("str and None", eq, "a", None)
