# Deleting an attribute of the nearest base reveals the one of a further
# base.

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


class A:
    v = "A"

class B(A):
    v = "B"

class C(B):
    pass

def get(o):
    return o.v

def get_class():
    return C.v

c = C()
run("warm", get, c)
run("warm class", get_class)
del B.v
run("B.v deleted", get, c)
run("B.v deleted class", get_class)
del A.v
run("A.v deleted", get, c)
run("A.v deleted class", get_class)
