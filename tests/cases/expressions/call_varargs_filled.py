# Positional calls of functions with `*args`: the arguments beyond the
# named parameters (and none) make the tuple, defaults fill what is left,
# for functions, bound methods and generator functions.
def f(a, b=2, *rest):
    return a, b, rest


print(f(1), f(1, 5), f(1, 5, 6), f(1, 5, 6, 7, 8))
empty = ()
print(f(0)[2] is empty)


def only(*args):
    return args


print(only(), only(1), only(1, 2, 3), type(only(4)).__name__)


class C:
    def __enter__(self, *args):
        return args

    def __exit__(self, *args):
        return args

    def gen(self, *items):
        yield from items

    def keep(self, *args):
        return lambda: args


c = C()
with c as entered:
    print(entered)
print(c.__exit__(None, None, None), C.__exit__(c, 1), list(c.gen(1, 2)), c.keep(9)())


def kwonly(a, *rest, k=3):
    return a, rest, k


print(kwonly(1, 2, 3))


def counts(*args):
    return len(args)


total = 0
for i in range(3000):
    total += counts(i, i, i) + counts()
print(total)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
