@a.b[c](d)
@(lambda f: f)
def f(): pass
