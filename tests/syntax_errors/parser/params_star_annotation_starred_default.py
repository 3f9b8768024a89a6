def f(*a: *T = 1): pass
