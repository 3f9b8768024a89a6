# atexit: register returns the function, _run_exitfuncs runs last-registered first with the
# arguments given, exceptions are reported and the rest still run, unregister and _clear.
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Boom:
    def __call__(self):
        raise ValueError("in atexit")

    def __repr__(self):
        return "<Boom>"


boom = Boom()
# The reference registers a callback of its own at start-up: counts are printed relative to it.
base = atexit._ncallbacks()


print(atexit.register(show, 1, 2, k="v") is show)
atexit.register(boom)
atexit.register(show, "last")
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
base = 0

atexit.register(show, "a")
atexit.register(show, "b")
atexit.register(print, "kept")
atexit.unregister(show)
print(atexit._ncallbacks() - base)
atexit._clear()
print(atexit._ncallbacks() - base)
for bad in (lambda: atexit.register(), lambda: atexit.register(1), lambda: atexit.unregister()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@atexit.register
def decorated():
    print("decorated runs")


atexit._run_exitfuncs()
