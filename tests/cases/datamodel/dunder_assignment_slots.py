# Assigning or deleting a dunder on a class after creation changes what the
# operators do for the class and its subclasses, one special method at a
# time, while the others keep working.
class Base:
    def __repr__(self):
        return "Base()"

class Sub(Base):
    pass

class Leaf(Sub):
    def __add__(self, other):
        return "Leaf.__add__"

s, leaf = Sub(), Leaf()
print(repr(s), repr(leaf))

Base.__add__ = lambda self, other: "Base.__add__"
Base.__radd__ = lambda self, other: "Base.__radd__"
print(s + 1, 1 + s, leaf + 1, 1 + leaf)

Base.__iadd__ = lambda self, other: "Base.__iadd__"
x = Sub()
x += 1
print(x)
del Base.__iadd__
x = Sub()
x += 1
print(x)

Sub.__len__ = lambda self: 3
print(len(s), len(leaf), bool(s))
Sub.__bool__ = lambda self: False
print(bool(s), bool(leaf), len(s))
del Sub.__bool__
print(bool(s))

Base.__eq__ = lambda self, other: "eq"
print(s == 1, s != 1, leaf == leaf)
Base.__hash__ = lambda self: 42
print(hash(s), hash(leaf))

Sub.__getattr__ = lambda self, name: "missing " + name
print(s.anything, leaf.other)
del Sub.__getattr__
try:
    s.anything
except AttributeError as e:
    print("AttributeError:", e)

Base.__iter__ = lambda self: iter([1, 2])
Base.__contains__ = lambda self, item: item == "in"
print(list(s), "in" in leaf, 1 in s)

Base.__call__ = lambda self, *a: ("called", a)
print(s(1), leaf())

Base.__neg__ = lambda self: "neg"
Base.__getitem__ = lambda self, k: ("item", k)
print(-s, leaf[3])

Base.__repr__ = lambda self: "Base again"
print(repr(s), str(leaf))
Base.__str__ = lambda self: "str of Base"
print(str(s), f"{leaf}")

del Base.__add__
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
print(1 + s, leaf + 1)
Base.not_a_dunder = 5
print(s.not_a_dunder, repr(leaf))
