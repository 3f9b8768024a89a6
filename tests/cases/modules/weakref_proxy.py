# _weakref.proxy: forwarding of attributes, operators, containers and calls, and ReferenceError after death.
import _weakref

proxy = _weakref.proxy


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Box(self.v + (o.v if isinstance(o, Box) else o))

    def __radd__(self, o):
        return Box(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return Box(-self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return isinstance(o, Box) and self.v == o.v

    __hash__ = None

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __contains__(self, x):
        return x == 5

    def __bool__(self):
        return False

    def __str__(self):
        return "Box(%s)" % self.v

    def __bytes__(self):
        return b"box"

    def __reversed__(self):
        return iter([3, 2, 1])

    def method(self):
        return "method of %s" % self.v


b = Box(4)
p = proxy(b)
print(type(p).__name__, p.v, p.method(), (p + 1).v, (1 + p).v, (-p).v, int(p), float(p), [0, 1, 2, 3, 4, 5][p])
print(p < Box(5), p == b, p == Box(4), len(p), p[2], 5 in p, 6 in p, bool(p), str(p), bytes(p), list(reversed(p)))
print(p.__class__ is Box, isinstance(p, Box), proxy(b) is p)
p.w = 7
print(b.w)
del p.w
print(hasattr(b, "w"))
q = p
q += 2
print(b.v, q is b)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

lst = list(range(5))


class L(list):
    pass


ll = L([3, 1, 2])
pl = proxy(ll)
pl.append(0)
pl[0] = 9
del pl[1]
print(ll, sorted(pl), pl * 2, list(iter(pl)))
it = iter([1, 2])
try:
    next(proxy(L()))
except TypeError as e:
    print("TypeError:", e)


def f(a, b=2):
    return a + b


pf = proxy(f)
print(type(pf).__name__, pf(1), pf(1, b=5), pf.__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


cnt = Counter()
print(list(proxy(cnt)), next(proxy(Counter())))

log = []
b2 = Box(1)
p2 = proxy(b2, lambda w: log.append(type(w).__name__))
del b2
print(log)
for use in (lambda: p2.v, lambda: p2 + 1, lambda: len(p2), lambda: str(p2), lambda: p2(), lambda: bool(p2)):
    try:
        use()
    except ReferenceError as e:
        print("ReferenceError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(repr(p2).replace(hex(id(p2)), "P"))
try:
    proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    proxy(b, None, 3)
except TypeError as e:
    print("TypeError:", e)
