# tuple subclasses: fixed-field record classes built by hand, __new__ overriding, properties over items, slicing returns plain tuples, repr/eq/hash
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f'Point(x={self.x}, y={self.y})'
p = Point(1, 2)
t(lambda: p)
t(lambda: (p.x, p.y, len(p), p[0], p[-1]))
t(lambda: p == (1, 2))
t(lambda: hash(p) == hash((1, 2)))
t(lambda: type(p[:]).__name__)
t(lambda: type(p + (3,)).__name__)
t(lambda: type(p * 2).__name__)
t(lambda: tuple(p))
t(lambda: list(p))
t(lambda: setattr(p, 'z', 1))
t(lambda: setattr(p, 'x', 5))
t(lambda: Point(1))
t(lambda: {p: 'point'}[(1, 2)])
t(lambda: sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
t(lambda: max(Point(3, 0), Point(2, 9)))
a, b = p
t(lambda: (a, b))
t(lambda: p.count(1))
t(lambda: p.index(2))
t(lambda: isinstance(p, tuple))
class Tagged(tuple):
    tag = 'class tag'
tg = Tagged([1])
tg.extra = 'instance attr'
t(lambda: (tg, tg.tag, tg.extra))
t(lambda: repr(tg))
t(lambda: Tagged() == ())
t(lambda: type(Tagged(range(3))).__name__)
