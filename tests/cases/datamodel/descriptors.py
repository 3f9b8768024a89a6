# Data and non-data descriptors and their precedence against the instance dict.
class Data:
    def __get__(self, obj, objtype=None):
        return ("data get", obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print("data set", value)
    def __delete__(self, obj):
        print("data delete")
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata get"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d)
print(C.d)
c.__dict__["d"] = "instance d"
print(c.d)
c.d = 5
del c.d
print(c.n)
c.n = "instance n"
print(c.n)
del c.n
print(c.n)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class P:
    x = Typed()
p = P()
print(p.x)
p.x = 3
print(p.x, p.__dict__)
try:
    p.x = "s"
except TypeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class R:
    r = ReadOnly()
try:
    R().r = 2
except AttributeError as e:
    print(type(e).__name__, e)
