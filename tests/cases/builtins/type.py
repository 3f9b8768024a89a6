# type(): one-argument form, three-argument class creation (bases, dict, __qualname__, slots), metaclass conflicts, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (1, 'a', None, [], type, object, len, [].append, (x for x in ()), True):
    print(type(v).__name__, type(v))
X = type('X', (), {'a': 1, 'm': lambda self: self.a * 2})
t(lambda: X)
t(lambda: X.__name__)
t(lambda: X.__qualname__)
t(lambda: X.__module__)
t(lambda: X().m())
t(lambda: X.__bases__)
Y = type('Y', (X,), {'__qualname__': 'Outer.Y', 'b': 2})
t(lambda: (Y.__qualname__, Y().a, Y.b, [c.__name__ for c in Y.__mro__]))
Z = type('Z', (int,), {})
t(lambda: Z(5) + 1)
t(lambda: type('S', (), {'__slots__': ('q',)})().__slots__)
t(lambda: type('N', (), {}, extra=1))
t(lambda: type('N', 1, {}))
t(lambda: type('N', (), 1))
t(lambda: type(1, (), {}))
t(lambda: type('N', (1,), {}))
t(lambda: type('N', (bool,), {}))
t(lambda: type('N', (int, str), {}))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type('A\x00B', (), {}))
t(lambda: type('Q', (), {'__qualname__': 5}))
t(lambda: type('D', (), {'__doc__': 'documented'}).__doc__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
t(lambda: type(WithMeta).__name__)
t(lambda: type(type('W2', (WithMeta,), {})).__name__)
class M2(type):
    pass
class B2(metaclass=M2):
    pass
t(lambda: type('Conflict', (WithMeta, B2), {}))
t(lambda: type(type))
t(lambda: type.__name__)
t(lambda: type(X()) is X)
t(lambda: type.__call__(int, '7'))
