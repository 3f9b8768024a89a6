# A property getter starts raising, and one raising AttributeError falls
# through to `__getattr__`.

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
    fail = False

    @property
    def p(self):
        if self.fail:
            raise AttributeError("p failed")
        return "ok"

    def __getattr__(self, name):
        return ("__getattr__", name)

def get(o):
    return o.p

c = C()
run("warm", get, c)
C.fail = True
run("raising AttributeError", get, c)
C.fail = False
run("ok again", get, c)
