# throw() and close(): exception injection, GeneratorExit, finally blocks.
def worker():
    try:
        while True:
            try:
                yield "ready"
            except ValueError as e:
                print("handled", e)
    finally:
        print("worker finally")
w = worker()
next(w)
print(w.throw(ValueError("bad input")))
try:
    w.throw(TypeError("fatal"))
except TypeError as e:
    print("propagated", e)
print(next(w, "done after throw"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted generator raises immediately", repr(e))
print(next(f, "exhausted after throw"))
def exit_aware():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
e = exit_aware()
next(e)
print(e.close())
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
rc = returns_on_close()
next(rc)
print(rc.close())
def raises_other():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("replaced")
ro = raises_other()
next(ro)
try:
    ro.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def never_started():
    print("never")
    yield
never_started().close()
print("closing an unstarted generator runs nothing")
g = fresh()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def stop_inside():
    yield 1
    raise StopIteration("manual")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
