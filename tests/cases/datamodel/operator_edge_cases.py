# Operator dispatch corner cases: subclass reflected priority, same-type reflection, pow with 3 args.
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class Same:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "Same.__radd__"
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + Same())
class P:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o, mod=None):
        return ("rpow", o, mod)
print(P() ** 2, 2 ** P(), pow(P(), 2, 7), pow(2, P()))
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__"
print(1 + IntSub(2), IntSub(2) + 1)
class StrSub(str):
    def __radd__(self, o):
        return "StrSub.__radd__"
print("a" + StrSub("b"))
class Cmp:
    def __lt__(self, o):
        return "Cmp.__lt__"
    def __gt__(self, o):
        return "Cmp.__gt__"
class CmpSub(Cmp):
    def __gt__(self, o):
        return "CmpSub.__gt__"
print(Cmp() < CmpSub(), CmpSub() < Cmp(), 1 < Cmp(), Cmp() > 1)
print(True + True, True & False, True | False, True ^ True, type(True & False).__name__, type(True + False).__name__)
print([1, 2] == [1, 2.0], (1, 2) < (1, 2.5), "a" * True, [0] * False)
