# A string concatenation site (BINARY_OP_ADD_UNICODE) sees str subclasses,
# non-str and empty strings.

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
    def __add__(self, other):
        return "S.__add__"

class R(str):
    def __radd__(self, other):
        return "R.__radd__"

def cat(a, b):
    return a + b

run("warm", cat, "ab", "cd")
run("empty", cat, "", "")
run("non-ascii", cat, "é", "✓")
run("subclass left", cat, S("x"), "y")
run("subclass right with __radd__", cat, "x", R("y"))
run("str and int", cat, "x", 1)
run("lists", cat, [1], [2])
