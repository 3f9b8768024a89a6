# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 3
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__())
class D:
    pass
d = D()
d.__len__ = lambda: 5
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
D.__len__ = lambda self: 7
print(len(d))
del D.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    __add__ = lambda self, other: ("add", other)
print(E() + 1)
class F:
    def __getattr__(self, name):
        return lambda *a: "from getattr"
f = F()
print(f.__len__())
try:
    len(f)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __len__(cls):
        return 42
class G(metaclass=Meta):
    def __len__(self):
        return 1
print(len(G), len(G()))
