def f(a, for): pass
