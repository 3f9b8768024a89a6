# __typing_prepare_subst__/__typing_subst__ argument checks, ParamSpecArgs/Kwargs and NoDefaultType constructors, iterating a TypeVarTuple
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f[T, *Ts, **P](): pass
T, Ts, P = f.__type_params__
t(lambda: T.__typing_prepare_subst__(list[int], (int,)))
t(lambda: T.__typing_prepare_subst__(1, 2))
t(lambda: Ts.__typing_prepare_subst__(tuple[*Ts], 5))
t(lambda: P.__typing_prepare_subst__(list[int], ()))
t(lambda: T.__typing_prepare_subst__(list[T], 5))
t(lambda: T.__typing_subst__())
t(lambda: type(T)('X', 1, 2, bound=None).__constraints__)
t(lambda: type(P.args)(P))
t(lambda: type(P.args)(1))
t(lambda: type(P.kwargs)(P) == P.kwargs)
t(lambda: type(P.args)())
t(lambda: type(T.__default__)(1))
t(lambda: next(iter(Ts)))
t(lambda: list(Ts))
t(lambda: T.__default__.__class__.__name__)
