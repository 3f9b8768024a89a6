@a
@
def f(): pass
