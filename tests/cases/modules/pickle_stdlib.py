# _pickle: objects of stdlib and built-in types that pickle through their
# own __reduce__/__reduce_ex__ (exceptions, enums, ABC classes, dataclasses,
# collections, decimal, fractions, re patterns) and ones that
# refuse to; exact bytes for protocols 0-5.
import abc
import collections
import dataclasses
import decimal
import enum
import fractions
import pickle
import re
import types

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Flags(enum.IntFlag):
    A = 1
    B = 2

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

@dataclasses.dataclass
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list)

@dataclasses.dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: str

class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code

values = [
    ValueError('bad', 1), KeyError('k'), OSError('plain'), StopIteration(5),
    Color.RED, Flags.A | Flags.B, Base, DC(1, [2]), Frozen(3, 'z'),
    collections.Counter('aab'), collections.defaultdict(list, {1: [2]}), collections.deque([1, 2], 5),
    collections.OrderedDict(a=1), collections.ChainMap({1: 2}), types.SimpleNamespace(a=1),
    decimal.Decimal('1.25'), fractions.Fraction(3, 4), re.compile(r'a+b', re.I),
    range(5), slice(None, 3), complex(0, -1.5), bytearray(b'ba'), Ellipsis, NotImplemented,
    type(None), int, print, abc.ABC, enum.Enum,
]
for p in range(6):
    print('protocol', p)
    for v in values:
        try:
            data = pickle.dumps(v, p)
        except Exception as e:
            print('  ', type(v).__name__, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print('  ', data)
        print('    ', repr(back)[:70], back == v or repr(back) == repr(v))
for bad in [iter([]).__class__, (x for x in ()), types, lambda: 1,
            property(), classmethod(len), open]:
    try:
        pickle.dumps(bad, 4)
        print('pickled', type(bad).__name__)
    except Exception as e:
        print(type(bad).__name__, type(e).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
