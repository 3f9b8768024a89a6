# _struct with standard sizes ('<', '>', '!', '='): pack/unpack of every code,
# ranges, half floats, strings, Struct objects, pack_into/unpack_from and errors.
# (Native '@' sizes are word-size dependent and the reference is 32-bit.)
import _struct as struct

for fmt, values in [("<b", (-128,)), ("<B", (255,)), (">h", (-2,)), ("!H", (65535,)), ("<i", (-2**31,)),
                    (">I", (2**32 - 1,)), ("<l", (-5,)), ("=L", (7,)), ("<q", (-2**63,)), (">Q", (2**64 - 1,)),
                    ("<?", (True,)), ("<?", (0,)), ("<c", (b"z",)), ("<e", (1.5,)), (">e", (-0.0,)),
                    ("<f", (3.14,)), (">d", (2.5e-300,)), ("<3s", (b"ab",)), ("<2s", (b"abcd",)),
                    ("<5p", (b"abc",)), ("<3p", (b"abcdef",)), ("<0s", (b"x",)), ("<xbx", (3,)),
                    ("< 2h 3x i", (1, 2, 3)), (">4B", (1, 2, 3, 4)), ("<?h", ([], 7)), ("<ii", (True, False))]:
    packed = struct.pack(fmt, *values)
    print(repr(fmt), values, packed, struct.unpack(fmt, packed), struct.calcsize(fmt))

for x in [0.0, 1.0, -2.0, 65504.0, 65519.99, 6.1e-5, 5.96e-8, 2.9e-8, 3e-8, 1e-9, 0.1, 1/3,
          float("inf"), float("-inf"), 1.0009765625, 1.00048828125, 1.00146484375]:
    p = struct.pack("<e", x)
    print("e", x, p, struct.unpack("<e", p))
print(struct.unpack("<e", b"\x00\x7e"), struct.unpack("<f", struct.pack("<f", float("nan"))))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack(">f", 1e38))
print(struct.unpack("<4?", b"\x00\x01\x02\xff"))

s = struct.Struct("<hI2s")
print(s, s.format, s.size, s.pack(1, 2, b"xy"), s.unpack(b"\x01\x00\x02\x00\x00\x00xy"))
print(struct.Struct(b">i").format, struct.Struct(b">i").size)
buf = bytearray(12)
s.pack_into(buf, 2, -1, 3, b"q")
print(buf)
struct.pack_into("<h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from("<h", buf, offset=-2))
print(struct.unpack_from("<h", b"\x01\x02\x03"), struct.unpack_from("<h", buffer=b"\x01\x02\x03", offset=1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), list(s.iter_unpack(b"")))
print(struct.unpack("<h", memoryview(b"\x05\x00")), struct.unpack("<h", bytearray(b"\x05\x00")))
print(struct.calcsize("<"), struct.calcsize("<10s3p2x"), struct.calcsize("!qQdf"), struct._clearcache())

class Idx:
    def __index__(self): return 42
class BadFloat:
    def __float__(self): raise ValueError("boom")
print(struct.pack("<i", Idx()), struct.pack("<d", Idx()))
for v in [BadFloat(), 2**2000, None, "1"]:
    try:
        struct.pack("<d", v)
    except struct.error as e:
        print("error", e)

for expr in ['struct.pack("<i", 2**31)', 'struct.pack("<B", -1)', 'struct.pack("<h", 1.5)',
             'struct.pack("<i")', 'struct.pack("<ii", 1)', 'struct.unpack("<i", b"ab")',
             'struct.calcsize("<z")', 'struct.pack("<e", 1e10)', 'struct.pack("<e", 65520.0)',
             'struct.pack("<f", 1e40)', 'struct.pack("<c", b"ab")', 'struct.pack("<c", 1)',
             'struct.pack("<s", 1)', 'struct.pack("<q", "x")', 'struct.pack("<d", "x")',
             'struct.pack_into("<i", bytearray(2), 0, 1)', 'struct.unpack_from("<i", b"abc", 1)',
             'struct.iter_unpack("<i", b"abc")', 'struct.iter_unpack("<", b"")', 'struct.Struct("<n")',
             'struct.Struct("<P")', 'struct.pack("<Q", -1)', 'struct.pack("<b", 200)',
             'struct.pack("<H", 70000)', 'struct.pack("<I", 2**32)', 'struct.pack("<l", 2**31)',
             'struct.pack("<q", 2**63)', 'struct.Struct(1)', 'struct.pack("<x", 1)',
             'struct.unpack("<i", "abcd")', 'struct.pack_into("<i", bytearray(8), 6, 1)',
             'struct.pack_into("<i", bytearray(8), -9, 1)', 'struct.unpack_from("<i", b"abcdef", offset=-9)',
             'struct.calcsize("<3")', 'struct.pack()', 'struct.unpack("<i")', 'struct.pack_into("<i")',
             'struct.pack_into("<i", bytearray(4))', 'struct.pack_into("<i", b"abcd", 0, 1)']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)

it = struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04\x05\x00\x06")
print(type(it).__name__, type(it).__module__, it.__length_hint__(), iter(it) is it)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, "done"))
it = struct.Struct(">H").iter_unpack(bytearray(b"\x00\x01\x00\x02"))
print(list(it))
try:
    type(it)()
except TypeError as e:
    print(e)
