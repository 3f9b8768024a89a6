# __hash__ and __eq__: defaults, __hash__ = None, defining __eq__ disables hashing.
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(s), Point(1, 2) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
class SubPoint(Point):
    def __eq__(self, o): return False
try:
    hash(SubPoint(1, 1))
except TypeError as e:
    print(type(e).__name__, e)
class Inherit(Point):
    pass
print(hash(Inherit(1, 2)) == hash(Point(1, 2)))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(type(hash(BigHash())).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(-1) == -2, hash(0) == 0)
for x in [[], {}, set(), bytearray()]:
    try:
        hash(x)
    except TypeError as e:
        print(type(e).__name__, e)
