f(a, b, c=)
