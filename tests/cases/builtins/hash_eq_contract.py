# dict/set use of __hash__ and __eq__: equal objects collapse, hash collisions resolved by __eq__, identity shortcut, eq called counts as properties
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Key:
    eq_calls = 0
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f'Key({self.v})'
a, a2, b = Key(1, 7), Key(1, 7), Key(2, 7)
d = {a: 'a'}
d[a2] = 'a2'
d[b] = 'b'
t(lambda: d)
t(lambda: len({a, a2, b}))
t(lambda: Key(1, 8) in d)
t(lambda: Key(1, 7) in d)
Key.eq_calls = 0
t(lambda: a in d)
t(lambda: Key.eq_calls)
class Nan:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return False
n = Nan()
t(lambda: n in {n})
t(lambda: Nan() in {n})
t(lambda: len({n, n}))
t(lambda: len({Nan(), Nan()}))
t(lambda: {1: 'int', 1.0: 'float'})
t(lambda: {1.0: 'float', 1: 'int'})
t(lambda: {True: 'a', 1: 'b', 1.0: 'c', 1 + 0j: 'd'})
t(lambda: {0: 'z', -0.0: 'negzero', False: 'f'})
t(lambda: {'a', b'a'} == {b'a', 'a'})
class BadHash:
    def __hash__(self):
        raise RuntimeError('hash failed')
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {})
t(lambda: BadHash() in [1])
class Mutating:
    def __init__(self):
        self.h = 1
    def __hash__(self):
        return self.h
m = Mutating()
s = {m}
m.h = 2
t(lambda: m in s)
t(lambda: m in list(s))
