def f(a,,): pass
