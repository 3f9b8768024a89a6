import os.path
x = 1
def f(a, *b, **c):
    global x
    def g():
        nonlocal a
        return [y for y in b if y > a]
    return g
class C[T](B):
    z: int = 3
    def m(self): return super().m(__q)
    if x:
        w: str
type A[U] = list[U]
lambda: (yield)
