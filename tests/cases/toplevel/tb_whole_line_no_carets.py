# When the failing expression is the whole line, no caret line is printed; when it is part of it, carets are
def f():
    raise ValueError("plain")
def g():
    x = f()
    return x
def h():
    f()
try:
    g()
except ValueError:
    import traceback
    traceback.print_exc()
h()
