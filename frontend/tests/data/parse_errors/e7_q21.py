class A(x, y=1, z): pass
