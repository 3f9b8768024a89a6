# Classes created with type(): namespaces, bases, metaclass keywords, __qualname__ and methods.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "get": lambda self: self.v, "kind": "point"})
p = Point(3)
print(Point.__name__, Point.__qualname__, Point.__module__, p.get(), p.kind)
Sub = type("Sub", (Point,), {"kind": "sub"})
print(Sub(4).get(), Sub.kind, Sub.__bases__[0].__name__, [k.__name__ for k in Sub.__mro__])
print(type(p) is Point, type(Point) is type, type("X", (), {}).__bases__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
Named = type("Named", (), {"__qualname__": "Outer.Named", "__doc__": "dynamic doc"})
print(Named.__qualname__, Named.__doc__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["from_meta"] = kw
        return super().__new__(mcls, name, bases, ns)
Dyn = Meta("Dyn", (), {}, option=1)
print(Dyn.from_meta, type(Dyn).__name__)
print(type.__call__(Point, 9).get())
