# Calling dunders directly vs via operators; builtin types' dunders.
print((1).__add__(2), (1).__add__(2.0), (2.0).__radd__(1))
print("a".__add__("b"), [1].__add__([2]), (3).__neg__(), (5).__abs__())
print((1).__lt__(2), (1).__lt__("x"), "a".__eq__(1), "a".__ne__("a"))
print([1, 2].__len__(), "abc".__contains__("b"), {"k": 1}.__getitem__("k"))
print(int.__add__(3, 4), str.upper("abc"), list.__len__([1]))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
print((10).__truediv__(4), (10).__floordiv__(4), (10).__mod__(4), (10).__pow__(2), (10).__divmod__(3))
print((1.5).__int__(), (7).__float__(), (True).__int__(), (3).__index__())
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(type(NotImplemented).__name__, repr(NotImplemented), bool(int.__lt__(1, "x") is NotImplemented))
print((2).__pow__(10, 1000), (1).__bool__(), (0).__bool__())
print(object().__repr__ is not None, object.__str__(5), object.__format__(5, ""))
