# bytearray(): constructor forms (int, iterable, str+encoding, buffer), errors, mutability basics
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray(0))
t(lambda: bytearray([1, 2, 255]))
t(lambda: bytearray(range(65, 70)))
t(lambda: bytearray(b'abc'))
t(lambda: bytearray(bytearray(b'xy')))
t(lambda: bytearray(memoryview(b'mv')))
t(lambda: bytearray('héllo', 'utf-8'))
t(lambda: bytearray('abc', encoding='ascii'))
t(lambda: bytearray('hé', 'ascii', 'replace'))
t(lambda: bytearray('hé', 'ascii'))
t(lambda: bytearray('abc'))
t(lambda: bytearray(b'abc', 'utf-8'))
t(lambda: bytearray(-1))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytearray(['a']))
t(lambda: bytearray(1.5))
t(lambda: bytearray(None))
t(lambda: bytearray(3, 'utf-8'))
t(lambda: bytearray(x for x in (104, 105)))
b = bytearray(b'hello')
b[0] = 74
b.append(33)
b += b'!'
print(b, len(b), b == b'Jello!!', b is bytearray(b))
t(lambda: bytearray(b'a') + b'b')
t(lambda: bytes(bytearray(b'x')))
t(lambda: hash(bytearray()))

class I:
    def __index__(self):
        return 2
t(lambda: bytearray(I()))
class BytesLike:
    def __bytes__(self):
        return b'custom'
t(lambda: bytearray(BytesLike()))
