f(=a)
