# Method descriptor sites (CALL_METHOD_DESCRIPTOR_*) see subclasses, other
# types and wrong arguments.

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
    def upper(self):
        return "S.upper"

def up(s):
    return s.upper()

def split(s):
    return s.split(",")

def join(sep, parts):
    return sep.join(parts)

run("warm upper", up, "ab")
run("str subclass override", up, S("ab"))
run("bytes", up, b"ab")
run("warm split", split, "a,b")
run("bytes split needs bytes", split, b"a,b")
run("warm join", join, "-", ["a", "b"])
run("join non-str", join, "-", [1])
run("join generator", lambda: join("+", (c for c in "xyz")))
