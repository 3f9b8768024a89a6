# Carets for a failing call whose result is called again: the callee expression is ~ and the argument list ^
def maker(n):
    def inner(x):
        return x / n
    return inner
def run():
    return maker(2)(10) + maker(0)(5) * 3
run()
