# Comparison reflection: a < b tries b > a, == tries reflected ==, and subclass overrides go first.
class Loud:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def __lt__(self, o): print(f"{self}.__lt__({o})"); return NotImplemented
    def __gt__(self, o): print(f"{self}.__gt__({o})"); return NotImplemented
    def __le__(self, o): print(f"{self}.__le__({o})"); return NotImplemented
    def __ge__(self, o): print(f"{self}.__ge__({o})"); return NotImplemented
    def __eq__(self, o): print(f"{self}.__eq__({o})"); return NotImplemented
    def __ne__(self, o): print(f"{self}.__ne__({o})"); return NotImplemented
a, b = Loud("a"), Loud("b")
for op in ["<", ">", "<=", ">="]:
    try:
        eval(f"a {op} b")
    except TypeError as e:
        print(type(e).__name__, e)
print(a == b)
print(a != b)
print(a == a)
class Child(Loud):
    pass
c = Child("c")
try:
    a < c
except TypeError as e:
    print(type(e).__name__, e)
