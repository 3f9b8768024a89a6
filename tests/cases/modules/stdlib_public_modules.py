# the public stdlib modules over the native ones: collections, functools, operator, heapq, bisect, itertools, abc
import collections, functools, operator, heapq, bisect, itertools
print(collections.deque is __import__('_collections').deque, collections.defaultdict.__module__)
P = collections.namedtuple('P', 'x y')
p = P(1, 2); print(p, p.x, p._replace(y=5), P._fields, type(P.__dict__['x']).__name__)
c = collections.Counter('abracadabra'); print(c.most_common(2))
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, type(od).__module__)
print(functools.reduce(operator.add, range(5)), functools.partial(int, base=2)('101'))
@functools.lru_cache(maxsize=32)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info(), fib.cache_parameters())
@functools.cache
def sq(x): return x*x
print(sq(4), sq.cache_info())
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4]), list(heapq.merge([1, 3], [2, 4])))
print(bisect.bisect([1, 2, 3], 2), operator.itemgetter(1)('ab'))
print(list(itertools.batched('abcde', 2)))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
print(B().f(), isinstance(B(), A), issubclass(int, A))
A.register(int); print(issubclass(int, A), isinstance(3, A))
print(type(abc.ABCMeta.__instancecheck__))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
d = collections.ChainMap({'a': 1}, {'b': 2}); print(d['b'], len(d))
print(collections.deque(maxlen=2), operator.attrgetter('real')(3), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(functools.partial(max, 1)(2), type(functools.partial).__name__, functools.partial.__module__)
