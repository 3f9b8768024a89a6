# itertools: the infinite and filtering iterators, their reprs and errors
import itertools as it


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = it.count()
print(next(c), next(c), repr(c))
print(list(it.islice(it.count(5, 3), 4)))
print(repr(it.count(1.5)), repr(it.count(1, 1.0)), repr(it.count(2, -1)), repr(it.count(10**20)))
print(list(it.islice(it.count(0.5, 0.25), 3)))
show(lambda: it.count('a'))
show(lambda: it.count(1, 'b'))
show(lambda: it.count(1, 2, 3))
show(lambda: it.count(start=3, step=2))
class C(it.count): pass
print(repr(C(7)))

r = it.repeat('x', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(it.repeat(None)), repr(it.repeat(1, -5)), list(it.repeat(1, -5)))
show(lambda: it.repeat(1).__length_hint__())
show(lambda: it.repeat())
show(lambda: it.repeat(1, 'a'))
print(list(it.repeat(object=2, times=2)))

print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
show(lambda: it.cycle(1))
show(lambda: it.cycle())

print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.chain()), it.chain[int])
show(lambda: list(it.chain(1)))
show(lambda: it.chain(a=1))

print(list(it.compress('abcdef', [1, 0, 1, 1, 0])), list(it.compress(data='ab', selectors=[0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.starmap(pow, [(2, 3), [3, 2]])))
show(lambda: list(it.starmap(pow, [1])))
show(lambda: it.dropwhile(len))
show(lambda: it.takewhile(len, []).__next__())

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=None)), list(it.accumulate([], initial=0)))
print(list(it.accumulate('abc')), list(it.accumulate(iterable=[1, 2], func=lambda a, b: a * b)))
show(lambda: list(it.accumulate([1, 'a'])))

print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)))
print(list(it.islice('abcdefg', 0, None, 2)), list(it.islice('abcdefg', None)), list(it.islice('abc', None, None, None)))
show(lambda: it.islice('abc', -1))
show(lambda: it.islice('abc', 'a'))
show(lambda: it.islice('abc', 1, -1))
show(lambda: it.islice('abc', -1, 2))
show(lambda: it.islice('abc', 0, 2, 0))
show(lambda: it.islice('abc', 0, 2, -1))
show(lambda: it.islice('abc'))
show(lambda: it.islice('abc', 1, 2, 3, 4))
show(lambda: it.islice('abc', stop=1))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))

print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.batched('abcdefg', 3)), list(it.batched(range(4), n=2)))
show(lambda: list(it.batched('abcdefg', 3, strict=True)))
show(lambda: it.batched('abc', 0))
show(lambda: it.batched('abc', -1))
show(lambda: it.batched('abc', 'x'))
show(lambda: it.batched('abc'))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
show(lambda: it.zip_longest('a', x=1))
show(lambda: it.zip_longest(1))
for T in (it.count, it.repeat, it.cycle, it.chain, it.compress, it.dropwhile, it.takewhile, it.filterfalse,
          it.starmap, it.accumulate, it.islice, it.pairwise, it.batched, it.zip_longest):
    print(T.__name__, T.__module__, T.__text_signature__, T.__doc__.splitlines()[0])
print(it.chain.from_iterable.__doc__)
