# match: subject evaluation once, str/bytes are not sequences, star in the middle, nested class patterns.
def subject():
    print("subject evaluated")
    return [1, 2, 3, 4, 5]
match subject():
    case [1]:
        pass
    case [1, *mid, 5]:
        print("mid", mid)
match "abc":
    case [a, b, c]:
        print("string as sequence?")
    case str(s):
        print("str is not a sequence pattern subject", s)
match bytearray(b"ab"):
    case [x, y]:
        print("bytearray as sequence?")
    case _:
        print("bytearray is not a sequence pattern subject")
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, s, e): self.start, self.end = s, e
match Line(Pt(0, 0), Pt(3, 4)):
    case Line(Pt(0, 0), Pt(x, y)):
        print("line from origin to", x, y)
match (1, 2):
    case (1, 2) | [3, 4]:
        print("tuple or list alternative")
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": int(v)}]}:
        print("deep", v)
match 3:
    case 1 | 2:
        print("low")
    case 3 | 4 if False:
        print("guarded out")
    case n:
        print("fallthrough capture", n)
match None:
    case None:
        print("None literal")
match -0.0:
    case 0:
        print("-0.0 matches 0")
match 10:
    case -1 | 1e1:
        print("float literal 1e1 matches 10")
match (1, 2, 3):
    case (*_, last):
        print("last", last)
match []:
    case [*_]:
        print("empty list matches star only")
