# `len` shadowed at a warmed-up CALL_LEN site by a module global, then
# restored.

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


def use(x):
    return len(x)

run("warm", use, "abcd")
run("list", use, [1])
run("no len", use, 5)
len = lambda x: "shadow len"
run("shadowed", use, "abcd")
del len
run("restored", use, "abcd")

class Sized:
    def __len__(self):
        return 2**100

run("huge __len__", use, Sized())
