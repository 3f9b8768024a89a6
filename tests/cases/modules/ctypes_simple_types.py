# ctypes simple types, arrays, structures, unions, bit fields and pointers without calling C: values, sizes of
# fixed-width types, conversions and error messages (word-size dependent sizes are left out: the reference is 32-bit).
from ctypes import *

for t, v in [(c_byte, -3), (c_ubyte, 250), (c_short, -300), (c_ushort, 65535), (c_int, -70000), (c_uint, 7),
             (c_longlong, -2**40), (c_ulonglong, 2**63), (c_float, 1.5), (c_double, -2.25), (c_bool, 1),
             (c_char, b"x"), (c_wchar, "\u00e9"), (c_int8, 127), (c_uint16, 9), (c_int32, -1), (c_uint64, 5)]:
    x = t(v)
    # c_int is c_long on the 32-bit reference and c_longlong is c_long here: names and reprs of those differ.
    print(x.value, sizeof(t), sizeof(x), alignment(t))
print(repr(c_short(-2)), repr(c_double(0.5)), repr(c_bool(True)), repr(c_char(b"a")), repr(c_ubyte(3)))
print(c_ubyte(257).value, c_byte(200).value, c_uint(-1).value, c_short(2**17 + 5).value)
print(c_int().value, c_double().value, c_char().value, c_bool().value, c_char_p().value, c_void_p().value)
print(bool(c_int(0)), bool(c_int(3)))
for bad in [lambda: c_int(1.5), lambda: c_int("3"), lambda: c_char(300), lambda: c_char(b"ab"),
            lambda: c_double("x"), lambda: c_wchar(3), lambda: c_char_p(3.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
i = c_int(5)
i.value = 9
print(i.value, c_char_p(b"abc").value, c_wchar_p("h\u00e9").value)

class Sub(c_int):
    pass
print(Sub(3).value, repr(Sub(3)).startswith("<Sub object at"))

IntArray5 = c_int * 5
a = IntArray5(1, 2, 3)
print(len(a), a[0], a[4], a[-1], a[1:4], a[::2], sizeof(a))
a[4] = 44
a[0:2] = [10, 20]
print(list(a), IntArray5 is c_int * 5, (c_int * 5) is (5 * c_int))
for bad in [lambda: a[5], lambda: a.__setitem__(0, "x")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
buf = create_string_buffer(b"hello", 8)
print(buf.value, buf.raw, len(buf), buf[1], buf[0:3])
buf.value = b"hi"
print(buf.raw)
try:
    buf.value = b"way too long"
except ValueError as e:
    print("ValueError:", e)
w = create_unicode_buffer("abc")
print(w.value, len(w), w[1])

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT), ("tag", c_char * 4), ("flag", c_bool)]

p = POINT(1, 2)
print(p.x, p.y, sizeof(POINT), alignment(POINT))
p.y = 7
print(p.y, POINT.x.offset, POINT.y.offset, POINT.y.size, POINT.x.type is c_int)
r = RECT(POINT(1, 2), (3, 4), b"ab", True)
print(r.a.x, r.a.y, r.b.x, r.b.y, r.tag, r.flag, sizeof(RECT))
r.a.x = 100
print(r.a.x)
try:
    POINT(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(POINT(y=5).y, POINT(1, y=3).y)

class Packed(Structure):
    _layout_ = "ms"
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int)]
print(sizeof(Packed), Packed.i.offset)

class Bits(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_uint, 5), ("c", c_int, 4)]
bits = Bits(5, 17, -3)
print(bits.a, bits.b, bits.c, sizeof(Bits), Bits.b.bit_offset, Bits.b.bit_size, Bits.c.is_bitfield)
bits.a = 9
print(bits.a, bits.b)

class U(Union):
    _fields_ = [("i", c_uint32), ("b", c_uint8 * 4)]
u = U()
u.i = 0x01020304
print(sizeof(U), sorted(u.b))

class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n2 = Node(2)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n1.next), bool(n2.next))
try:
    n2.next.contents
except ValueError as e:
    print("ValueError:", e)

x = c_int(42)
px = pointer(x)
print(px.contents.value, px[0], POINTER(c_int) is type(px))
px[0] = 43
print(x.value)
px.contents = c_int(5)
print(px[0], x.value)
arr = (c_int * 3)(7, 8, 9)
pa = cast(arr, POINTER(c_int))
print(pa[0], pa[2], pa[:3])
print(cast(byref(arr), c_void_p).value == addressof(arr), addressof(arr) == addressof(arr))
copy = (c_int * 3).from_buffer_copy(bytes(arr))
print(list(copy), bytes(copy) == bytes(arr))
ba = bytearray(8)
view = c_int32.from_buffer(ba, 4)
view.value = 0x11223344
print(ba.hex())
memmove(addressof(copy), addressof(arr), sizeof(arr))
memset(addressof(arr), 0, sizeof(arr))
print(list(copy), list(arr), string_at(buf, 2))
for bad in [lambda: sizeof(3), lambda: byref(3), lambda: addressof(3), lambda: pointer(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# from_param conversions (what argtypes apply) and the CField repr.
class F(Structure):
    _fields_ = [("x", c_short), ("b", c_uint8, 3)]
print(F.x, F.b)
print(c_short.from_param(5), c_double.from_param(1.5), c_char.from_param(b"a"))
print(type(c_short.from_param(5)).__name__, c_short.from_param(c_short(2)))
print(c_char_p.from_param(None), c_void_p.from_param(None))
for cls, v in [(c_char_p, 3.5), (c_wchar_p, b"x"), (c_void_p, 2.5), (c_short, "s"), (c_double, "x")]:
    try:
        cls.from_param(v)
    except TypeError as e:
        print("TypeError:", e)
