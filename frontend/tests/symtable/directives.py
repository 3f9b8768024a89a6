g = 0
def f():
    global g
    h = 1
    def inner():
        nonlocal h
        h += 1
        return [g := i for i in range(3)]
    return inner
class C:
    global g
    def m(self):
        g = 2
        return g
