# __reduce__/__setstate__ of list/tuple/str/sequence iterators, reversed list iterators, callable_iterator and bound methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2, 3])
t(lambda: it.__reduce__())
next(it)
t(lambda: it.__reduce__())
t(lambda: it.__setstate__(-1))
t(lambda: list(it))
t(lambda: it.__reduce__())
it = iter([1, 2, 3])
t(lambda: it.__setstate__(10))
t(lambda: it.__reduce__())
t(lambda: list(it))
r = reversed([1, 2, 3])
t(lambda: r.__reduce__())
next(r)
t(lambda: r.__reduce__())
t(lambda: r.__setstate__(0))
t(lambda: list(r))
t(lambda: r.__reduce__())
ti = iter((1, 2))
t(lambda: ti.__setstate__(-5))
t(lambda: ti.__reduce__())
t(lambda: list(ti))
t(lambda: ti.__reduce__())
si = iter('abc')
next(si)
t(lambda: si.__reduce__())
t(lambda: list(si))
t(lambda: si.__reduce__())
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
qi = iter(Seq())
t(lambda: qi.__setstate__(2))
t(lambda: qi.__reduce__()[2])
t(lambda: list(qi))
t(lambda: qi.__reduce__())
t(lambda: iter([]).__setstate__('x'))
t(lambda: iter([]).__setstate__(2 ** 100))
ci = iter(iter([1, 2, 3]).__next__, 3)
t(lambda: ci.__reduce__()[0])
t(lambda: list(ci))
t(lambda: ci.__reduce__())
class E:
    def __eq__(self, other):
        print('sentinel compared first:', type(self).__name__, type(other).__name__)
        return True
t(lambda: list(iter(lambda: 1, E())))
class C:
    def m(self):
        return 'm'
c = C()
red = c.m.__reduce__()
t(lambda: (red[0], red[1][1], red[1][0] is c))
t(lambda: red[0](*red[1])())
