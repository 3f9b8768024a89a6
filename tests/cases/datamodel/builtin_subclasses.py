# Subclassing built-in types: overridden methods and which operations use them.
class MyList(list):
    def append(self, x):
        super().append(x * 10)
    def __len__(self):
        return 99
m = MyList([1, 2])
m.append(3)
print(m, len(m), list(m), bool(MyList()), type(m + [4]).__name__, type(m[:1]).__name__)
class MyDict(dict):
    def __getitem__(self, key):
        return f"custom {key}"
    def get(self, key, default=None):
        return "custom get"
d = MyDict(a=1)
print(d["a"], d.get("a"), dict(d), list(d.values()), "{a}".format_map(d))
class MyStr(str):
    def upper(self):
        return "overridden"
s = MyStr("abc")
print(s.upper(), s + "d", type(s + "d").__name__, type(s[0]).__name__, type(s.lower()).__name__, s == "abc")
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + other + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
i = MyInt(1)
print(i + 1, 1 + i, i * 2, type(i * 2).__name__, sum([i, 1]), abs(MyInt(-5)))
class Tup(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    @property
    def first(self):
        return self[0]
t = Tup(5, 6)
print(t, t.first, len(t), type(t + (7,)).__name__, isinstance(t, tuple))
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
a = Attr(x=1)
print(a.x, hasattr(a, "y"))
class Fl(float):
    pass
print(Fl(1.5) + 1, type(Fl(1.5) + 1).__name__, repr(Fl(2.0)), Fl("3.5"))
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 1, not BoolLike(1))
