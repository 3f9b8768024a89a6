# Generator attributes: gi_running, gi_frame, gi_suspended, gi_yieldfrom, gi_code.
def gen():
    print("running inside:", g.gi_running)
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_code.co_name)
next(g)
print(g.gi_running, g.gi_suspended)
list(g)
print(g.gi_frame, g.gi_suspended)
def inner():
    yield "x"
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
def line_tracker():
    yield 1
    yield 2
lt = line_tracker()
next(lt)
print(lt.gi_frame.f_lineno - lt.gi_code.co_firstlineno)
next(lt)
print(lt.gi_frame.f_lineno - lt.gi_code.co_firstlineno)
