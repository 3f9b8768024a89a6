# Constructing the alias and typing types directly, and subclassing them
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class C[T]: pass
def f[T, *Ts, **P](): pass
T, Ts, P = f.__type_params__
GA = type(C[int])
t(lambda: repr(GA()))
t(lambda: repr(GA(list, int)))
t(lambda: repr(type([*Ts][0])()))
t(lambda: repr(type(T.evaluate_default)))
def sub():
    class X(GA): pass
    return repr(X())
t(sub)
def sub2():
    class Y(type(list[int])): pass
    return repr(Y(list, int)), type(Y(list, int)).__name__
t(sub2)
def sub3():
    class Z(type(T)): pass
t(sub3)
t(lambda: repr(type(T.__default__).__new__(type(T.__default__))))
t(lambda: type(int|str).__new__(type(int|str)))
