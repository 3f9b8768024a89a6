# typing.Generic and TypeAliasType: class C[T] bases and __parameters__, C[int], Generic[...] checks, type aliases built by the constructor
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C[T]:
    pass
G = C.__mro__[1]
t(lambda: (G, G.__module__, C.__parameters__, C.__orig_bases__))
t(lambda: sorted(set(dir(G)) - set(dir(object))))
t(lambda: C[int])
t(lambda: C[int].__origin__ is C)
t(lambda: C[int].__args__)
t(lambda: C[int, str])
t(lambda: C[()])
t(lambda: C[None])
t(lambda: G[int])
t(lambda: G[()])
t(lambda: type(C[int]()).__name__)
t(lambda: C[int]().__orig_class__)
t(lambda: C[int] == C[int])
class D(C[int]):
    pass
t(lambda: ([k.__name__ for k in D.__mro__], D.__parameters__, D.__orig_bases__))
def plain():
    class E(G):
        pass
t(plain)
class Multi[K, V = str]:
    pass
t(lambda: Multi[int])
t(lambda: Multi[int, bytes])
t(lambda: Multi[int, bytes, float])
class Fam[**X, *Y]:
    pass
t(lambda: Fam.__parameters__)
t(lambda: Fam[int, bool, float])
type A = int
type B[T] = list[T]
TA = type(A)
t(lambda: sorted(set(dir(TA)) - set(dir(object))))
t(lambda: A[int])
t(lambda: (B[int], B[int].__origin__, B[int, str], B.__parameters__, A.__parameters__))
t(lambda: (A | None, int | A, A | B))
t(lambda: A | 1)
t(lambda: TA('X', int))
t(lambda: (TA('X', int).__module__, TA('X', int).__value__, TA('X', int).evaluate_value))
t(lambda: TA('X', int, type_params=[]))
t(lambda: TA('X'))
t(lambda: TA(1, 2))
t(lambda: A.__reduce__())
t(lambda: A.evaluate_value(1))
t(lambda: (A.__module__, TA.__module__, hasattr(A, '__qualname__')))
t(lambda: setattr(A, '__value__', 1))
t(lambda: setattr(A, 'x', 1))
t(lambda: list(A))
t(lambda: type(C[int]))
t(lambda: isinstance(1, C[int]))
t(lambda: issubclass(int, C[int]))
t(lambda: Fam[[int, str], bool, float])
t(lambda: C.__orig_bases__[0][int])
t(lambda: C[int][str])
t(lambda: C[int] | None)
t(lambda: C[int].__parameters__)
class Two[T](C[T]):
    pass
t(lambda: (Two.__parameters__, Two.__orig_bases__, [k.__name__ for k in Two.__mro__]))
t(lambda: C[T2] if False else Two[int])
