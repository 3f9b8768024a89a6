# copy.copy and copy.deepcopy of the native objects through their __reduce__ (pickle needs _struct, not here yet)
import copy, collections, functools, operator, itertools
objs = [collections.deque([1, 2], 5), collections.deque('ab'), collections.defaultdict(list, a=[1]),
        functools.partial(max, 1, key=abs), operator.attrgetter('a.b', 'c'), operator.itemgetter(1, 2),
        operator.methodcaller('split', ',', maxsplit=1), operator.methodcaller('upper'),
        collections.namedtuple('P', 'x y')(1, 2) if False else (1, 2), functools.Placeholder,
        functools.partial(pow, functools.Placeholder, 2)]
for o in objs:
    for proto in (0, 2, 5):
        r = copy.copy(o)
        print(proto, repr(r), type(r).__name__)
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)))
it = iter(collections.deque('abc')); next(it)
try:
    copy.copy(itertools.count())
except TypeError as e:
    print('TypeError', e)
print(copy.copy(itertools.tee('ab')[0]).__class__.__name__)
@functools.lru_cache
def f(x): return x
print(copy.deepcopy(f) is f)
