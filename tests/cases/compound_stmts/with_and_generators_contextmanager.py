# A hand-written generator-based context manager (like contextlib.contextmanager) driving with blocks.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def managed(name, swallow=False):
    def gen():
        print("setup", name)
        try:
            yield name.upper()
        except ValueError as e:
            print("generator saw", repr(e))
            if not swallow:
                raise
        finally:
            print("teardown", name)
    return GeneratorCM(gen())
with managed("a") as v:
    print("body", v)
with managed("b", swallow=True):
    raise ValueError("swallowed")
try:
    with managed("c"):
        raise ValueError("propagated")
except ValueError as e:
    print("outside caught", e)
