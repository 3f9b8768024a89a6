# bool(): truthiness of built-in values, __bool__/__len__ protocol, bool subclassing errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, 1, -1, 0.0, -0.0, float('nan'), 0j, 1j, '', ' ', b'', b'\x00', [], [0], (), ((),), {}, {0: 0},
          set(), frozenset([0]), range(0), range(1), None, Ellipsis, NotImplemented.__class__):
    print(repr(v) if not isinstance(v, type) else v.__name__, bool(v))
t(lambda: bool())
t(lambda: bool(x=1))
t(lambda: bool(1, 2))

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t(lambda: bool(L(0)))
t(lambda: bool(L(3)))
t(lambda: bool(L(-1)))

class B:
    def __bool__(self):
        return 1
t(lambda: bool(B()))

class BL:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
t(lambda: bool(BL()))

class Plain:
    pass
t(lambda: bool(Plain()))
t(lambda: bool(NotImplemented))
def sub():
    class MyBool(bool):
        pass
t(sub)
t(lambda: True + True)
t(lambda: True is bool(1))
t(lambda: (bool.__name__, bool.__mro__))
