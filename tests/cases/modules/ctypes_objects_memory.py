# ctypes: objects back from their id() (PyObj_FromPtr, cast to py_object), resize of owned memory, memoryview_at.
# Only word-size independent values are printed (the reference is 32-bit): no addresses, no sizes of pointer-sized types.
import ctypes
import _ctypes

items = [[1, 2], "text", 7, None, int, 2**100, (1,), b"raw"]
for v in items:
    back = _ctypes.PyObj_FromPtr(id(v))
    print(repr(back), back is v, ctypes.cast(id(v), ctypes.py_object).value is v)
for bad in [0, "a", 1.5, 2**70, -2**70]:
    try:
        _ctypes.PyObj_FromPtr(bad)
    except (SystemError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

holder = ctypes.py_object([3])
print(holder.value, ctypes.cast(ctypes.addressof(holder), ctypes.POINTER(ctypes.py_object)).contents.value)

x = ctypes.c_int(5)
print(ctypes.sizeof(x), x._b_needsfree_)
ctypes.resize(x, 16)
print(ctypes.sizeof(x), x.value)
wide = (ctypes.c_int * 4).from_address(ctypes.addressof(x))
wide[3] = 9
print(list(wide), x.value)
ctypes.resize(x, 8)
print(ctypes.sizeof(x), x.value)
for args in [(x, 2), (x, -1)]:
    try:
        ctypes.resize(*args)
    except ValueError as e:
        print("ValueError:", e)
view = (ctypes.c_int * 2).from_buffer(bytearray(8))
try:
    ctypes.resize(view, 32)
except ValueError as e:
    print("ValueError:", e)
try:
    ctypes.resize(3, 8)
except TypeError as e:
    print("TypeError:", e)

s = ctypes.create_string_buffer(b"hello world")
m = ctypes.memoryview_at(s, 5)
print(bytes(m), m.readonly, m.format, m.itemsize, m.nbytes, len(m))
m[0] = ord("J")
print(s.value)
ro = ctypes.memoryview_at(ctypes.addressof(s), 5, readonly=True)
print(bytes(ro), ro.readonly, ro.tolist())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytes(ctypes.memoryview_at(s, 0)), bytes(ctypes.memoryview_at(s, 3, True)))
try:
    ctypes.memoryview_at(s, -1)
except ValueError as e:
    print("ValueError:", e)
