# hash(): properties only (small ints hash to themselves, equal numbers hash equal, -1 remapped), unhashable errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: [hash(i) for i in range(-3, 4)])
t(lambda: hash(-1))
t(lambda: hash(-2))
t(lambda: hash(True), )
t(lambda: hash(False))
t(lambda: hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
t(lambda: hash(2.5) == hash(complex(2.5, 0)))
t(lambda: hash(0.0) == hash(-0.0) == 0)
t(lambda: hash(10**20) == hash(float(10**20)))
t(lambda: hash(12345) == hash(12345.0))
t(lambda: hash(float('inf')) == hash(float('inf')))
t(lambda: hash((1, 2)) == hash((1.0, 2.0)))
t(lambda: hash('abc') == hash('ab' + 'c'))
t(lambda: hash(b'abc') == hash(b'abc'))
t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])))
t(lambda: hash(None) == hash(None))
t(lambda: hash(range(3)) == hash(range(0, 3, 1)))
t(lambda: type(hash('x')).__name__)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash((1, [2])))
t(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: hash())

class H:
    def __hash__(self):
        return 42
class HBig:
    def __hash__(self):
        return 2**200
class HNeg:
    def __hash__(self):
        return -1
class HBad:
    def __hash__(self):
        return 'x'
class EqOnly:
    def __eq__(self, other):
        return True
class NoHash:
    __hash__ = None
t(lambda: hash(H()))
t(lambda: type(hash(HBig())).__name__)
t(lambda: hash(HNeg()))
t(lambda: hash(HBad()))
t(lambda: hash(EqOnly()))
t(lambda: hash(NoHash()))
class Obj:
    pass
o = Obj()
t(lambda: hash(o) == hash(o))
t(lambda: hash(Obj.__dict__['__module__']) == hash('__main__'))
