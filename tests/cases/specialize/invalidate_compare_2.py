# A comparison used as a branch condition (COMPARE_OP with a TO_BOOL fused)
# gets operands with odd `__eq__`.

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


class Odd:
    def __eq__(self, other):
        return [1]

class Broken:
    def __eq__(self, other):
        return Broken()

    def __bool__(self):
        raise ValueError("no truth")

def branch(a, b):
    if a == b:
        return "equal"
    return "different"

run("warm", branch, 1, 1)
run("different ints", branch, 1, 2)
run("odd eq", branch, Odd(), 1)
run("broken eq", branch, Broken(), 1)
run("strings", branch, "x", "x")
