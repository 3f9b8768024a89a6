# Keyword arguments in class definitions go to the metaclass and __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__ kwargs", kwargs)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__ kwargs", kwargs)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kwargs):
        print("__init_subclass__ kwargs", kwargs)
class Child(Base, color="red", size=3):
    pass
options = {"flag": True}
class Other(Base, **options):
    pass
try:
    class Plain(object, unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
