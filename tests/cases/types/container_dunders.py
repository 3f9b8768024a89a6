# container protocols: __contains__ fallback to __iter__ then __getitem__, __iter__ = None, __len__/__getitem__ sequences, __missing__ only for dict subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
class GetitemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
class ContainsOnly:
    def __contains__(self, x):
        return x == 'yes'
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
class ContainsReturns:
    def __contains__(self, x):
        return [1]
t(lambda: 2 in IterOnly())
t(lambda: 5 in IterOnly())
t(lambda: 20 in GetitemOnly())
t(lambda: 25 in GetitemOnly())
t(lambda: 'yes' in ContainsOnly())
t(lambda: 'no' not in ContainsOnly())
t(lambda: 1 in Blocked())
t(lambda: iter(Blocked()))
t(lambda: 1 in ContainsReturns())
t(lambda: list(GetitemOnly()))
t(lambda: list(IterOnly()))
t(lambda: iter(ContainsOnly()))
class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(KeyErrSeq()))
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
t(lambda: list(StopSeq()))
class Missing:
    def __missing__(self, key):
        return 'never used'
    def __getitem__(self, key):
        raise KeyError(key)
t(lambda: Missing()['k'])
class DM(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
dm = DM()
t(lambda: (dm['a'], dm['b'], dm['a'], dm))
t(lambda: dm.get('zz'))
t(lambda: 'zz' in dm)
class SetItem:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
    def __delitem__(self, k):
        self.log.append(('del', k))
    def __getitem__(self, k):
        return k
si = SetItem()
si[1] = 'a'
si[1:2] = 'b'
si[1, 2] = 'c'
del si[::2]
si[...] = 'e'
t(lambda: si.log)
t(lambda: si[1:2:3, ..., None])
class LenBig:
    def __len__(self):
        return 2**70
t(lambda: len(LenBig()))
t(lambda: bool(LenBig()))
class ReversedSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
t(lambda: list(reversed(ReversedSeq())))
t(lambda: 'b' in ReversedSeq())
