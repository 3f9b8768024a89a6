# type statements (PEP 695): lazy evaluation, __value__, type parameters.
type Point = tuple[float, float]
print(type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Undefined = int
print(Later.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair[int], type(Pair[int]).__name__)
T0 = Pair.__type_params__[0]
print(type(T0).__name__, T0.__name__)
type Bounded[T: (int, str)] = list[T]
print(Bounded.__type_params__[0].__constraints__)
type WithBound[T: int] = T
print(WithBound.__type_params__[0].__bound__)
type Variadic[*Ts] = tuple[*Ts]
type Params[**P] = P
print(Variadic.__type_params__, Params.__type_params__)
def evaluations():
    print("evaluated once")
    return str
type Lazy = evaluations()
print("before access")
print(Lazy.__value__, Lazy.__value__)
class C:
    type Inner = list[C]
print(C.Inner.__value__, C.Inner.__qualname__ if hasattr(C.Inner, "__qualname__") else C.Inner.__name__)
try:
    Point.x = 1
except AttributeError as e:
    print(type(e).__name__)
print(repr(Point), str(Pair))
type Default[T = int] = list[T]
print(Default.__type_params__[0].__default__)
