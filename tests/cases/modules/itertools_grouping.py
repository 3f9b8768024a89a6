# itertools: groupby and its _grouper, tee and its _tee / _tee_dataobject
import itertools as it


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in it.groupby('aabbbc')], list(it.groupby([])))
g = it.groupby('aabbbc')
k, gr = next(g)
print(k, type(gr).__name__, type(gr).__module__, list(gr), list(gr))
k2, gr2 = next(g)
print(k2, list(gr), next(gr2))
k3, gr3 = next(g)
print(k3, list(gr2), list(gr3))
show(lambda: next(g))
show(lambda: it.groupby())
show(lambda: it.groupby(1))
show(lambda: it._grouper(1, 2))
show(lambda: list(it.groupby([1, 'a', 'a'], key=lambda x: x + 1)))


class Eq:
    def __eq__(self, other):
        raise ValueError('no eq')


show(lambda: list(it.groupby([Eq(), Eq()])))

a, b = it.tee(iter('abc'))
print(type(a).__name__, type(a).__module__, next(a), list(b), list(a))
c, d = it.tee(a)
print(a is c, list(c), list(d))
a, b = it.tee(iter('xyz'))
next(a)
c, d = it.tee(a)
print(list(c), list(d), list(b))
print(it.tee('abc', 0), len(it.tee('abc', 5)), [list(t) for t in it.tee('ab', 3)])
x = it.tee('ab', 1)[0]
print(repr(x.__copy__)[:36], list(x.__copy__()), list(x))
show(lambda: it.tee('abc', -1))
show(lambda: it.tee())
show(lambda: it.tee('a', 2, 3))
show(lambda: it.tee(1))
show(lambda: it._tee(1))
show(lambda: it._tee())
print(list(it._tee('abc')), list(it._tee(iter('ab'))))
print(type(it._tee_dataobject(iter('a'), [], None)).__name__)
show(lambda: it._tee_dataobject(iter('a'), [1] * 58, None))
show(lambda: it._tee_dataobject(iter('a'), [1], 1))
show(lambda: it._tee_dataobject(iter('a'), [1] * 57, 1))
show(lambda: it._tee_dataobject(1))
show(lambda: it._tee_dataobject(1, (), None))
# a long tee lag spans many links; dropping it must not recurse deeply
a, b = it.tee(range(200000))
print(sum(a), next(b))
del a, b
# re-entering a tee from its own source
def gen():
    yield 1
    yield next(t[0])
t = it.tee(gen())
show(lambda: list(t[0]))
print(it.tee.__doc__, it.tee.__text_signature__)
print(it._tee.__doc__, it._tee_dataobject.__doc__.splitlines()[-1], it.groupby.__doc__, sep="\n")
