# Positional calls that leave trailing parameters to their defaults, of
# functions, bound methods and generator functions, with the defaults read
# at each call.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(1, 5), f(2))


class K:
    def m(self, x, y=10):
        return x + y

    def g(self, n=3):
        yield from range(n)

    def cell(self, v=7):
        return lambda: v


k = K()
print(k.m(1), k.m(1, 2), K.m(k, 5), list(k.g()), list(k.g(2)), k.cell()())
f.__defaults__ = (20, [1])
print(f(0))
f.__defaults__ = ([],)
print(f(0, 1), f(3, 4))
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)


def kwonly(a, b=1, *, c=2):
    return a, b, c


print(kwonly(0))


def many(a=1, b=2, c=3):
    return a, b, c


for i in range(3000):
    r = many(i)
print(r, many())


def loc(a, b=4):
    c = a * b
    return locals()


print(loc(2))
