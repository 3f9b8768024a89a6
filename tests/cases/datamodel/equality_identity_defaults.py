# Default __eq__/__ne__ use identity; containers use identity before __eq__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a is a, a is not b)
print(a in [b, a], a in [b], [a] == [a], [a] == [b], (a,) == (a,))
class AlwaysFalse:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
x = AlwaysFalse()
print(x == x, x in [x], [x] == [x], {x: 1}[x], x in {x}, [x].count(x), [x].index(x))
nan = float("nan")
print(nan in [nan], [nan].count(nan), {nan: 1}.get(nan))
class NeDefault:
    def __eq__(self, other):
        print("__eq__ called")
        return True
n = NeDefault()
print(n != 1)
class EqNone:
    def __eq__(self, other):
        return None
print(EqNone() == 1, EqNone() != 1, [EqNone()] == [1])
print(object() == object(), None == None, NotImplemented == NotImplemented, ... == ...)
class Other:
    def __eq__(self, o):
        return "Other.__eq__"
print(a == Other(), Other() == a)
