# Lambda expressions: parameters, defaults, closures, names.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print(add.__name__, add.__qualname__, add.__defaults__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(4))), list(filter(lambda x: x % 2, range(6))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(1)(2))
print((lambda: (yield))().__class__.__name__)
def outer():
    return [lambda: i for i in range(3)]
print([f() for f in outer()])
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    m = lambda self: "lambda method"
print(C().m(), C.m.__qualname__)
print((lambda: None)(), (lambda x=[]: x)() is (lambda x=[]: x)())
