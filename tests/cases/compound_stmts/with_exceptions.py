# with statement exception details: traceback objects passed to __exit__, exceptions from __exit__, nested managers unwinding.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, repr(ev), type(tb).__name__)
        return False
try:
    with Inspect():
        {}["missing"]
except KeyError:
    print("KeyError propagated")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit raised")
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("clean body:", e, e.__context__)
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print("failing body:", e, repr(e.__context__))
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][0]
print("IndexError suppressed")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with Suppress(ZeroDivisionError), Suppress(KeyError):
    1 / 0
print("outer manager suppressed an error the inner one did not")
def gen_in_with():
    with Inspect():
        yield 1
        yield 2
g = gen_in_with()
next(g)
g.close()
