# bytes(): constructor forms (int, iterable, str+encoding, buffer, __bytes__), errors, repr of bytes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes())
t(lambda: bytes(4))
t(lambda: bytes([0, 10, 13, 39, 34, 92, 127, 128, 255]))
t(lambda: bytes(range(32, 40)))
t(lambda: bytes(b'abc'))
t(lambda: bytes(bytearray(b'de')))
t(lambda: bytes(memoryview(b'mv')))
t(lambda: bytes('€uro', 'utf-8'))
t(lambda: bytes('abc', encoding='utf-16-le'))
t(lambda: bytes('x€', 'latin-1'))
t(lambda: bytes('x€', 'latin-1', errors='ignore'))
t(lambda: bytes('x€', 'ascii', 'xmlcharrefreplace'))
t(lambda: bytes('x€', 'ascii', 'backslashreplace'))
t(lambda: bytes('abc'))
t(lambda: bytes('abc', 'no-such-codec'))
t(lambda: bytes(-5))
t(lambda: bytes([300]))
t(lambda: bytes([1.0]))
t(lambda: bytes(2.0))
t(lambda: bytes(None))
t(lambda: bytes(object()))
t(lambda: bytes(b'x', 'utf-8'))
t(lambda: bytes(errors='strict'))
t(lambda: bytes(source=b'x'))
t(lambda: b"it's")
t(lambda: b'say "hi"')
t(lambda: b'both \' and "')

class B:
    def __bytes__(self):
        return b'from dunder'
t(lambda: bytes(B()))
class BadB:
    def __bytes__(self):
        return 'str'
t(lambda: bytes(BadB()))
class I:
    def __index__(self):
        return 3
t(lambda: bytes(I()))
t(lambda: bytes.fromhex('de ad BE EF'))
t(lambda: type(bytes(bytearray())).__name__)
