# set/frozenset subclasses: operator result types, methods returning base types, __init__ overriding, comparisons with plain sets, repr
def t(f):
    try:
        r = f()
        print(sorted(r) if isinstance(r, (set, frozenset)) else repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class Tags(set):
    def __init__(self, items=(), prefix='#'):
        super().__init__(prefix + i for i in items)
tg = Tags(['a', 'b'])
t(lambda: tg)
t(lambda: tg | {'#c'})
t(lambda: {'#c'} | tg)
t(lambda: tg & {'#a'})
t(lambda: tg - {'#a'})
t(lambda: tg ^ {'#a', '#z'})
t(lambda: tg.union(['x']))
t(lambda: tg.copy())
t(lambda: tg == {'#a', '#b'})
t(lambda: tg <= {'#a', '#b', '#c'})
tg2 = tg
tg |= {'#q'}
t(lambda: tg is tg2)
t(lambda: tg)
t(lambda: len(tg))
t(lambda: repr(Tags()))
t(lambda: Tags(['x'], prefix='@'))
class Frozen(frozenset):
    def __new__(cls, items=()):
        return super().__new__(cls, (i * 2 for i in items))
f = Frozen([1, 2])
t(lambda: f)
t(lambda: f | {1})
t(lambda: f.union([3]))
t(lambda: f.copy())
t(lambda: frozenset(f))
t(lambda: hash(f) == hash(frozenset([2, 4])))
t(lambda: repr(Frozen([3])))
