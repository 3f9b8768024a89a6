# Decorators: order of application, arguments, class decorators, arbitrary expressions.
def tag(name):
    print("making decorator", name)
    def deco(f):
        print("applying", name, "to", f.__name__)
        def wrapper(*args, **kwargs):
            return f"<{name}>{f(*args, **kwargs)}</{name}>"
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hello"), text.__name__)
def register(registry):
    def deco(obj):
        registry.append(obj.__name__)
        return obj
    return deco
seen = []
@register(seen)
class Widget:
    pass
@register(seen)
def helper():
    pass
print(seen, Widget.__name__)
decorators = {"double": lambda f: lambda x: f(x) * 2}
@decorators["double"]
def plus_one(x):
    return x + 1
print(plus_one(5))
@(lambda f: f)
def identity():
    return "identity decorated"
print(identity())
class Counter:
    def __init__(self, f):
        self.f, self.calls = f, 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
class C:
    @staticmethod
    @tag("s")
    def stat(x):
        return x
    @property
    def prop(self):
        return "property value"
print(C.stat("static"), C().prop)
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class D:
    pass
print(D.added)
