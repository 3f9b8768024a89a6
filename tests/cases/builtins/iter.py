# iter(): iterables, __getitem__ sequence protocol, callable+sentinel form, iterator identity, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: type(iter([])).__name__)
t(lambda: type(iter(())).__name__)
t(lambda: type(iter('')).__name__)
t(lambda: type(iter({})).__name__)
t(lambda: type(iter(set())).__name__)
t(lambda: type(iter(range(3))).__name__)
t(lambda: type(iter(b'')).__name__)
it = iter([1, 2])
t(lambda: iter(it) is it)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
t(lambda: list(iter(Seq())))
t(lambda: type(iter(Seq())).__name__)
t(lambda: 20 in Seq())

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
t(lambda: list(iter(tick, 4)))
cs = iter(tick, 10)
t(lambda: type(cs).__name__)
t(lambda: (next(cs), next(cs)))
data = iter(['a', 'b', '', 'c'])
t(lambda: list(iter(lambda: next(data), '')))
t(lambda: list(iter(lambda: next(data), '')))
def raiser():
    raise StopIteration
t(lambda: list(iter(raiser, 1)))
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(5, 1))
t(lambda: iter([], 1))
t(lambda: iter())
t(lambda: iter(tick, 1, 2))
class NoIter:
    __iter__ = None
t(lambda: iter(NoIter()))
class BadIter:
    def __iter__(self):
        return [1]
t(lambda: iter(BadIter()))
class OwnIt:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
o = OwnIt()
t(lambda: iter(o) is o)
t(lambda: list(o))
