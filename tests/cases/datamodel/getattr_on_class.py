# __getattr__ and __getattribute__ defined on a metaclass customise class attribute access.
class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__} has no {name}, metaclass supplies it"
class C(metaclass=Meta):
    real = "real attribute"
print(C.real, C.virtual, hasattr(C, "anything"))
try:
    C().virtual
except AttributeError as e:
    print(type(e).__name__, e)
class Logged(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("class attribute lookup:", name)
        return super().__getattribute__(name)
class D(metaclass=Logged):
    x = 1
    def m(self):
        return "m"
print(D.x, D().m())
class Setter(type):
    def __setattr__(cls, name, value):
        print("class setattr", name, value)
        super().__setattr__(name, value)
class E(metaclass=Setter):
    pass
E.added = 5
print(E.added)
