# typing.Generic and Generic[...] are refused as type arguments by substitution and bounds; list arguments of generic classes print as lists
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class C[T]: pass
G = C.__mro__[1]
def f[T](): pass
T, = f.__type_params__
t(lambda: C[G])
t(lambda: C[G[T]])
t(lambda: list[T][G])
t(lambda: T.__typing_subst__(G))
t(lambda: type(T)('X', bound=G))
t(lambda: type(T)('X', bound=(int,)))
t(lambda: C[(int, str)])
t(lambda: C[[int]])
t(lambda: T.__typing_subst__(G[T]))
