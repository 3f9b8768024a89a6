# dict subclasses: overridden __getitem__/__setitem__ not used by get/update/dict(), __missing__ only via [], copy type, repr, | type, fromkeys type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Loud(dict):
    def __getitem__(self, k):
        return ('loud', super().__getitem__(k))
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = Loud(a=1)
t(lambda: d)
d['b'] = 2
t(lambda: d)
t(lambda: d['a'])
t(lambda: d.get('a'))
d.update(c=3)
t(lambda: d)
d.setdefault('e', 5)
t(lambda: d)
t(lambda: dict(d))
t(lambda: {**d})
t(lambda: type(d.copy()).__name__)
t(lambda: type(d | {}).__name__)
t(lambda: type({} | d).__name__)
t(lambda: type(Loud.fromkeys('ab')).__name__)
t(lambda: repr(d))
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
t(lambda: sorted(c.items()))
t(lambda: c['zzz'])
t(lambda: c.get('zzz'))
t(lambda: c.pop('zzz', 'x'))
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
t(lambda: list(o))
t(lambda: list(o.keys()))
t(lambda: dict(o))
t(lambda: [k for k in o])
class Keys(dict):
    def keys(self):
        return ['only']
    def __getitem__(self, k):
        return 'custom'
kd = Keys(real=1)
t(lambda: dict(kd))
t(lambda: {**kd})
t(lambda: dict({}, **kd))
t(lambda: isinstance(d, dict))
t(lambda: Loud() == {})
