# __new__ and __init__: order, arguments, returning other types, immutable subclasses.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x
t = Tracked(1, y=2)
print(t.x)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(Other())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d")
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a): self.a = a
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.extra = a + b
tt = T(1, 2)
print(tt, tt.extra, len(tt))
