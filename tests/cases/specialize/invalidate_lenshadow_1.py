# `len` shadowed in a function's closure and locals, not only globals, after
# CALL_LEN warmed up elsewhere.

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


def outer():
    def use(x):
        return len(x)

    return use

use = outer()
run("warm", use, "abc")

def shadowing():
    len = lambda x: "local len"
    return len("abc")

run("local shadow", shadowing)

def closure_shadow():
    len = lambda x: "closure len"

    def use(x):
        return len(x)

    return use("abc")

run("closure shadow", closure_shadow)
run("original again", use, "abcd")
