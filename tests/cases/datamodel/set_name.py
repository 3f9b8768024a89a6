# __set_name__ is called at class creation with the owner and attribute name.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class C:
    first = Named()
    second = Named()
    print("class body done")
print(C.first.name, C.second.name)
n = Named()
class D:
    a = n
    b = n
print(n.name)
class E:
    pass
E.late = Named()
print(hasattr(E.late, "name"))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom in " + name)
try:
    class F:
        attr = Boom()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)
class NotCallable:
    __set_name__ = None
try:
    class G:
        x = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
