# A method looked up on a class object whose metaclass defines the same name.

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


class Meta(type):
    def hello(cls):
        return "meta hello"

class C(metaclass=Meta):
    pass

def call():
    return C.hello()

run("warm (metaclass method)", call)
C.hello = staticmethod(lambda: "class staticmethod")
run("class attribute added", call)
del C.hello
run("class attribute deleted", call)
Meta.hello = lambda cls: "meta hello 2"
run("meta replaced", call)
