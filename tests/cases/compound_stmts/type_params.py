# PEP 695 type parameter lists on functions and classes.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, type(first.__type_params__[0]).__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__, Box[int], Box.__mro__[-2].__name__ if len(Box.__mro__) > 2 else "no Generic")
class Pair[K, V]:
    pass
print(Pair.__type_params__, Pair[str, int])
def bounded[N: (int, float)](x: N) -> N:
    return x
print(bounded.__type_params__[0].__constraints__)
def with_bound[S: str](s: S) -> S:
    return s
print(with_bound.__type_params__[0].__bound__)
def variadic[*Ts](*args: *Ts):
    return args
print(variadic(1, 2), variadic.__type_params__)
def params[**P](f):
    return f
print(params.__type_params__, type(params.__type_params__[0]).__name__)
class Defaults[T = int, **P = [float]]:
    pass
tp = Defaults.__type_params__
print([p.__default__ for p in tp])
T = "module T"
class Scoped[T]:
    attr = T
print(T, type(Scoped.attr).__name__)
def lazy_bound[U: UndefinedName]():
    pass
try:
    lazy_bound.__type_params__[0].__bound__
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("def f[T, T](): pass", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("class C[]: pass", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
print(first.__type_params__[0].__name__, Box.__type_params__[0] is not first.__type_params__[0])
