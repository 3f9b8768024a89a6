x = foo(
def f():
    pass
