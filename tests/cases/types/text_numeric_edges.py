# str/bytes/bytearray/float edge cases: rsplit with overlapping separators, format() without a type but with a precision, attribute fields in str.format, bytearray pickling state, %-format overflow, codecs round trips
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'aaa'.rsplit('aa'))
t(lambda: 'aaaaa'.rsplit('aa', 1))
t(lambda: b'aaa'.rsplit(b'aa'))
t(lambda: bytearray(b'aaaa').rsplit(b'aa', 1))
for v in (1.0, 10.0, 12.0, 1.5, 123.456, 1e-5, 0.0, -1.0):
    print(repr(v), [format(v, p) for p in ('.0', '.1', '.2', '#.2', '.20')])
t(lambda: '{b.real}|{c.imag}|{s.__class__.__name__}'.format(b=2, c=1.5, s='x'))
x = bytearray(b'ab')
t(lambda: (x.__reduce__(), x.__reduce_ex__(2), x.__reduce_ex__(3), bytearray().__reduce_ex__(4)))
t(lambda: '%e' % 10 ** 400)
t(lambda: '%f' % 'x')
t(lambda: b'%f' % b'x')
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    data = 'a\xe9\u20ac\U0001f600'.encode(enc)
    print(enc, data, data.decode(enc))
t(lambda: 'a\ud800b'.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass'))
t(lambda: b'\xff\xfe\x00\xd8'.decode('utf-16', 'replace'))
t(lambda: 'x\u00e9\u4e00'.encode('ascii', 'namereplace'))
t(lambda: b'\x80abc'.decode('ascii', 'backslashreplace'))
t(lambda: b'\xed\xb2\x80'.decode('utf-8', 'surrogatepass'))
t(lambda: memoryview(bytes(range(12))).cast('B', (3, 4)).tolist())
t(lambda: memoryview(bytes(range(12))).cast('B', (3, 4))[2, 3])
t(lambda: memoryview(bytes(range(12))).cast('B', (3, 4))[::-1].tobytes())
t(lambda: sum([0.5j, 0.25, 1], 0j))
t(lambda: sum([1, 2.5, 10 ** 20]))
t(lambda: complex(1, -0.0) + 1.0)
t(lambda: 1.0 - complex(1, 0.0))
t(lambda: 2.0 / complex(0.0, -0.0) if False else 2.0 / complex(1, 0.0))
