f(1 if y)
