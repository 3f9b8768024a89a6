# ctypes byte orders (__ctype_be__ twins, BigEndianStructure/Union, LittleEndianStructure), pickling structures,
# arrays of structures, pointers to pointers, memoryviews of ctypes objects, callbacks called from Python, _anonymous_,
# py_object slots.
import pickle
from ctypes import *

print(c_int32.__ctype_be__ is not c_int32, c_int32.__ctype_le__ is c_int32, c_ubyte.__ctype_be__ is c_ubyte)
be = c_uint32.__ctype_be__(0x01020304)
print(be.value, bytes(be), bytes(c_uint32(0x01020304)))

class B(BigEndianStructure):
    _fields_ = [("a", c_uint32), ("b", c_int16 * 2), ("d", c_double)]
b = B(1, (2, 3), 1.0)
print(bytes(b), b.a, b.b[1], b.d)

class L(LittleEndianStructure):
    _fields_ = [("a", c_uint32)]
print(bytes(L(5)))

class BU(BigEndianUnion):
    _fields_ = [("a", c_uint16), ("b", c_uint8 * 2)]
print(list(BU(0x0102).b))

class P(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]
p = P(1.5, 2.5)
q = pickle.loads(pickle.dumps(p))
print(type(q).__name__, q.x, q.y)
arr = (P * 3)()
arr[1].x = 9
arr[2] = P(4, 5)
print([(e.x, e.y) for e in arr])

s = (c_char * 5)(*b"hey")
print(s.value, s.raw, s[:], s[1])

class S(Structure):
    _fields_ = [("name", c_char_p), ("n", c_int32)]
x = S(b"abc", 3)
print(x.name, x.n)
x.name = b"longer name"
print(x.name)

i = c_int32(10)
ppi = pointer(pointer(i))
print(ppi.contents.contents.value, ppi[0][0])

m = memoryview((c_int16 * 3)(1, 2, 3))
print(m.nbytes, bytes(m))

double = CFUNCTYPE(c_double, c_double)(lambda v: v * 2)
print(double(3.25))
import ctypes
print(isinstance(c_int32(1), ctypes._SimpleCData), type(c_int32).__name__, type(P).__name__,
      type(c_int32 * 2).__name__, type(POINTER(c_int32)).__name__)
from ctypes import *
class Inner(Structure):
    _fields_ = [("a", c_int32), ("b", c_int32)]
class U(Union):
    _fields_ = [("i", Inner), ("raw", c_int64)]
class Outer(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("tag", c_int32), ("u", U)]
o = Outer()
o.i.a = 5; o.i.b = 7; o.raw = o.raw + 0
print(o.u.i.a, o.u.i.b, o.i.a, o.raw == 5 + (7 << 32), Outer.i.offset, Outer.raw.offset, Outer.u.is_anonymous, Outer.tag.is_anonymous)
try:
    class Bad(Structure):
        _anonymous_ = ("x",)
        _fields_ = [("y", c_int32)]
except AttributeError as e:
    print("AttributeError:", e)

# py_object slots in structures and arrays.
class S(Structure):
    _fields_ = [("obj", py_object), ("n", c_int)]
s = S()
s.obj = {"a": 1}
print(s.obj, S(["x"], 2).obj)
arr = (py_object * 3)()
arr[0] = "zero"; arr[2] = 2.5
print(arr[0], arr[2])
try:
    arr[1]
except ValueError as e:
    print("ValueError:", e)
p = py_object([1, 2])
print(p.value, p)
print(py_object())
