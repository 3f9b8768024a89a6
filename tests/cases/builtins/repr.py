# repr(): reprs of built-in values (str quoting, floats, containers, recursion), custom __repr__ and errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, -1, 2**70, 1.0, 0.1, 1e16, 1.5e-7, -0.0, float('inf'), float('nan'), 1j, -1 - 0j, 'abc', "it's",
          'say "hi"', 'both \' "', '\n\t\\', '\x00\x7f\x80', 'é日\U0001f600', '\ud800', b"'", b'"\'', True, None,
          Ellipsis, NotImplemented, [], [1, [2]], (), (1,), {}, {1: 'a'}, set(), {3}, frozenset(), range(3),
          slice(1, None), int, type, len, bytearray(b'x')):
    t(lambda: repr(v))
l = [1]
l.append(l)
t(lambda: repr(l))
d = {}
d['self'] = d
t(lambda: repr(d))
class R:
    def __repr__(self):
        return 'R()'
t(lambda: repr([R(), R()]))
class BadR:
    def __repr__(self):
        return None
t(lambda: repr(BadR()))
class Err:
    def __repr__(self):
        raise ValueError('repr failed')
t(lambda: repr([Err()]))
t(lambda: repr())
class S(str):
    pass
t(lambda: repr(S('sub')))
