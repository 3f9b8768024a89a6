def f():
    def g(x, y, x): pass
