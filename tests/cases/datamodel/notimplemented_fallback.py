# NotImplemented returned from binary dunders falls back to the reflected method, then TypeError.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
    def __repr__(self):
        return "A()"
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + A()
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for expr in ["Plain() + 1", "1 - Plain()", "Plain() * Plain()", "'a' + 1", "1 + 'a'", "[] + ()", "Plain() < 1", "1 >= Plain()", "Plain() @ 1", "-Plain()", "~1.5", "abs('x')", "Plain() ** 2", "divmod(Plain(), 1)", "pow(2, 3, 1.5)", "None < None", "[1] < (1,)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:20}", type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return NotImplemented
print(Eq() == Eq(), Eq() != 5)
e = Eq()
print(e == e)
