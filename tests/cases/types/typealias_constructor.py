# TypeAliasType(...) checks its type_params: only type parameters, defaults last; generic aliases built by the constructor
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def f[T, *Ts, U=int](): pass
T, Ts, U = f.__type_params__
type A = int
TA = type(A)
t(lambda: TA('X', int, type_params=(1,)))
t(lambda: TA('X', int, type_params=(U, T)))
t(lambda: TA('X', int, type_params=(T, U)).__type_params__)
t(lambda: TA('X', int, type_params=(Ts, U)))
t(lambda: TA('X', list[T], type_params=(T,))[int])
t(lambda: TA('X', int, type_params=(T,)).__parameters__)
t(lambda: TA('X', int, type_params=(Ts,)).__parameters__)
t(lambda: TA('X', int, type_params=()).__parameters__)
t(lambda: TA('X', int, type_params=None))
t(lambda: TA('X', 1).__value__)
t(lambda: TA(name='X', value=1).__name__)
