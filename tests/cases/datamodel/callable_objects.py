# Callables of every kind: functions, bound methods, classes, builtins, instances, partial-like closures.
def func(x): return ("func", x)
class C:
    def method(self, x): return ("method", x)
    def __call__(self, x): return ("instance", x)
    @classmethod
    def cm(cls, x): return ("classmethod", x)
callables = [func, C().method, C.cm, C(), len, str.upper, "abc".startswith, lambda x: ("lambda", x), C, int]
for c in callables:
    print(type(c).__name__, callable(c))
print(func(1), C().method(2), C.cm(3), C()(4), len([1]), str.upper("x"), "abc".startswith("a"))
def bind(f, *fixed):
    def call(*more):
        return f(*fixed, *more)
    return call
print(bind(max, 3)(1, 5), bind(pow, 2)(10))
print(type(len).__name__, type(str.upper).__name__, type("a".upper).__name__, type(dict.fromkeys).__name__, type(object.__init__).__name__)
print(len.__self__.__class__.__name__ if hasattr(len, "__self__") else None, "a".upper.__self__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__dict__["__class__"]).__name__)
