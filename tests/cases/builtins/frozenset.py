# frozenset(): construction, hashability, equality with set, immutability errors, sorted printing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: frozenset())
t(lambda: frozenset([3, 1, 2, 3]))
t(lambda: sorted(frozenset('banana')))
t(lambda: frozenset(range(5)) == set(range(5)))
t(lambda: frozenset({1: 'a', 2: 'b'}))
t(lambda: frozenset([1, 2]) | {3})
t(lambda: type(frozenset([1]) | {3}).__name__)
t(lambda: type({3} | frozenset([1])).__name__)
t(lambda: {frozenset([1, 2]): 'key'}[frozenset([2, 1])])
t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
t(lambda: frozenset([[1]]))
t(lambda: frozenset(1))
t(lambda: frozenset([1]).add(2))
t(lambda: frozenset(a=1))
t(lambda: frozenset([1], [2]))
fs = frozenset([1, 2])
t(lambda: frozenset(fs) is fs)
t(lambda: frozenset() is frozenset())
class FS(frozenset):
    pass
t(lambda: FS([1]))
t(lambda: type(FS([1]) | {2}).__name__)
t(lambda: {frozenset(): 1, frozenset([0]): 2})
t(lambda: frozenset([frozenset([1])]))
t(lambda: 1 in frozenset([1.0]))
t(lambda: frozenset([1, True, 1.0]))
