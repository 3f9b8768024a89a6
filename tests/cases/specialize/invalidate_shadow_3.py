# Instance attributes shadow a method of a slotless class whose instances
# were created before the method was added.

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


class C:
    pass

def call(o):
    return o.f()

c = C()
C.f = lambda self: "class f"
run("warm", call, c)
c.f = lambda: "instance f"
run("shadowed", call, c)
C.f = lambda self: "class f2"
run("class changed, still shadowed", call, c)
del c.f
run("shadow gone", call, c)
