# An in-place string append in a loop (BINARY_OP_INPLACE_ADD_UNICODE) meets a
# non-str operand and a str subclass.

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
    pass

def build(parts):
    s = ""
    for p in parts:
        s += p
    return s

run("warm", build, ["a", "b", "c"])
run("subclass", build, ["a", S("b")])
run("int part", build, ["a", 1])
run("bytes part", build, ["a", b"b"])

def build_start(start, parts):
    s = start
    for p in parts:
        s += p
    return s

run("warm start", build_start, "x", ["y", "z"])
run("list start", lambda: build_start([0], ["y", "z"]))
