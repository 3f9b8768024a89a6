f(a or b=1)
