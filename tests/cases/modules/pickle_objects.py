# _pickle: classes, functions, builtin functions, methods, instances (with
# __dict__, __slots__, __getstate__/__setstate__, __getnewargs(_ex)__),
# every shape of __reduce__ value, and subclasses of built-in containers.
import collections
import copyreg
import functools
import os
import pickle
import re
import sys

class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 3]
    def method(self):
        return self.a
    class Inner:
        pass

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 10

class SlottedDict:
    __slots__ = ('x', '__dict__')
    def __init__(self):
        self.x = 1
        self.z = 2

class WithState:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {'v': self.v * 2}
    def __setstate__(self, state):
        self.v = state['v'] + 1

class NewArgs(int):
    def __new__(cls, v, extra=0):
        self = super().__new__(cls, v)
        self.extra = extra
        return self
    def __getnewargs__(self):
        return (int(self), self.extra)

class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self
    def __getnewargs_ex__(self):
        return self.args, self.kwargs

class ReduceString:
    def __reduce__(self):
        return 'SINGLETON'
SINGLETON = ReduceString()

def rebuild(*args):
    return ('rebuilt',) + args

class Reduce2:
    def __reduce__(self):
        return (rebuild, (1, 'two'))

class Reduce3:
    def __reduce__(self):
        return (Plain, (), {'a': 5, 'b': None})

class MyList(list):
    pass

class MyDict(dict):
    pass

class Reduce5:
    def __reduce__(self):
        return (MyList, (), None, iter([1, 2, 3]), None)

class Reduce6:
    def __reduce__(self):
        return (MyDict, (), {'st': 1}, None, iter([('a', 1), ('b', 2)]), setstate)

def setstate(obj, state):
    obj['state'] = state

class Point(collections.namedtuple('Point', 'x y')):
    pass

def describe(v):
    if isinstance(v, (Plain, WithState, Slotted, SlottedDict, NewArgsEx)):
        d = {k: getattr(v, k) for k in ('a', 'b', 'v', 'x', 'z', 'args', 'kwargs') if hasattr(v, k)}
        return type(v).__name__ + repr(sorted(d.items()))
    if isinstance(v, NewArgs):
        return 'NewArgs(%d, %r)' % (v, v.extra)
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(v))

values = [
    Plain, Plain.Inner, Plain.method, Plain().method, len, sys.exit, os.path.join, [].append,
    str.join, dict.fromkeys, int.__add__, (5).__add__, rebuild, functools.partial(rebuild, 1),
    type(None), type(...), type(NotImplemented), ..., NotImplemented, Plain(), Slotted(),
    SlottedDict(), WithState(3), NewArgs(7, 'e'), NewArgsEx(1, k='w'), SINGLETON, Reduce2(),
    Reduce3(), Reduce5(), Reduce6(), MyList([1, 2]), MyDict(a=1), Point(1, 2),
    collections.OrderedDict([(1, 2)]), collections.deque([1, 2]), complex(1, 2), range(1, 10, 2),
    slice(1, 2, 3), object,
]
for p in range(6):
    print('protocol', p)
    for v in values:
        try:
            data = pickle.dumps(v, p)
        except Exception as e:
            print('  dumps', describe(v), type(e).__name__, e)
            continue
        print(' ', data)
        back = pickle.loads(data)
        print('   ', describe(back))

copyreg.add_extension(__name__, 'rebuild', 200)
copyreg.add_extension(__name__, 'Plain', 70000)
copyreg.add_extension(__name__, 'Slotted', 300)
for p in range(6):
    data = pickle.dumps([rebuild, Plain, Slotted], p)
    print('ext', p, data, pickle.loads(data)[0] is rebuild)
copyreg.remove_extension(__name__, 'rebuild', 200)
copyreg.remove_extension(__name__, 'Plain', 70000)
copyreg.remove_extension(__name__, 'Slotted', 300)
