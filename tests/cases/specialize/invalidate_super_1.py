# `super()` calls warmed up (LOAD_SUPER_ATTR_METHOD / _ATTR) meet a global
# `super` shadowing the builtin.

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


class Base:
    greeting = "base attr"

    def hello(self):
        return "base hello"

class Sub(Base):
    def hello(self):
        return ("sub", super().hello())

    def attr(self):
        return super().greeting

s = Sub()
run("warm method", s.hello)
run("warm attr", s.attr)

class super:
    def __init__(self, *args):
        self.args = len(args)

    def hello(self):
        return ("fake super", self.args)

    greeting = "fake greeting"

run("shadowed method", s.hello)
run("shadowed attr", s.attr)
del super
run("restored method", s.hello)
run("restored attr", s.attr)
