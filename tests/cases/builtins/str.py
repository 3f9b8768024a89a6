# str(): str() of values, __str__ vs __repr__ fallback, decoding form str(bytes, encoding, errors), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in (0, -12, 1.0, 1e100, 1j, None, True, [1, 'a'], ('x',), {'k': 'v'}, b'bytes', 'plain', Ellipsis):
    t(lambda: str(v))
t(lambda: str())
t(lambda: str(b'caf\xc3\xa9', 'utf-8'))
t(lambda: str(b'caf\xc3\xa9', encoding='latin-1'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(b'a\xffb', 'utf-8', 'replace'))
t(lambda: str(b'a\xffb', 'utf-8', 'ignore'))
t(lambda: str(b'a\xffb', 'ascii', 'backslashreplace'))
t(lambda: str(b'a\xffb', errors='strict'))
t(lambda: str(bytearray(b'xy'), 'ascii'))
t(lambda: str(memoryview(b'mv'), 'ascii'))
t(lambda: str('already str', 'utf-8'))
t(lambda: str(5, 'utf-8'))
t(lambda: str(b'x', 'bogus-codec'))
t(lambda: str(b'x', 'utf-8', 'bogus-handler'))
t(lambda: str(b'\xff', 'utf-8', 'bogus-handler'))
t(lambda: str(object='kw'))
t(lambda: str(1, 2, 3, 4))
class S:
    def __str__(self):
        return 'S.__str__'
    def __repr__(self):
        return 'S.__repr__'
class R:
    def __repr__(self):
        return 'only repr'
class Bad:
    def __str__(self):
        return 1
t(lambda: str(S()))
t(lambda: str([S()]))
t(lambda: str(R()))
t(lambda: str(Bad()))
class MyStr(str):
    def __str__(self):
        return 'overridden'
t(lambda: str(MyStr('base')))
t(lambda: type(str(MyStr('base'))).__name__)
class ReturnsSub:
    def __str__(self):
        return MyStr('sub')
t(lambda: type(str(ReturnsSub())).__name__)
