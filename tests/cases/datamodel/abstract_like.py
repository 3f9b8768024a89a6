# Abstract-method style checks without the abc module: NotImplementedError, __init_subclass__ enforcement.
class Shape:
    required = ("area",)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [name for name in cls.required if name not in cls.__dict__ and not any(name in b.__dict__ for b in cls.__mro__[1:-2])]
        cls.complete = not missing
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).area(), Square.complete, Blob.complete)
try:
    Blob().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
try:
    bool(NotImplemented)
except TypeError as e:
    print(type(e).__name__, e)
