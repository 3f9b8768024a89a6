# __init_subclass__: implicit classmethod, keyword arguments, inheritance order.
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append(cls.__name__)
        print("init_subclass", cls.__name__, tag)
class A(Base, tag="a"):
    pass
class B(A):
    pass
class C(B, tag="c"):
    pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    def __init_subclass__(cls):
        print("Two sees", cls.__name__)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin sees", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Child(Mixin, Two):
    pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
