# ctypes calling the C library: CDLL via ctypes.util.find_library, argtypes/restype/errcheck, byref out-parameters,
# c_char_p results, variadic snprintf, a qsort comparison callback written in Python, use_errno/get_errno and in_dll.
# The reference (WebAssembly) build cannot load libc, so the expected output was recorded with CPython 3.11 on
# Linux (x86-64) and checked by hand against 3.14's ctypes documentation.
import ctypes
import ctypes.util
import errno
from ctypes import *

name = ctypes.util.find_library("c")
print(name is not None)
libc = CDLL(name, use_errno=True)
also = cdll.LoadLibrary("libc.so.6")
print(also.strlen(b"hello"), libc.abs(-5), libc["labs"](-7))

libc.strlen.argtypes = [c_char_p]
libc.strlen.restype = c_size_t
print(libc.strlen(b"ouroboros"), libc.strlen.restype is c_size_t, libc.strlen.argtypes == (c_char_p,))
try:
    libc.strlen(3.5)
except ctypes.ArgumentError as e:
    print("ArgumentError:", str(e).split(":")[0])
try:
    libc.strlen()
except TypeError as e:
    print("TypeError:", e)

libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
libc.strtol.restype = c_long
end = c_char_p()
text = create_string_buffer(b"  -123xyz")
print(libc.strtol(text, byref(end), 10), end.value)
print(libc.strtol(b"ff", None, 16))

libc.strchr.argtypes = [c_char_p, c_int]
libc.strchr.restype = c_char_p
print(libc.strchr(b"find the needle", ord("n")), libc.strchr(b"abc", ord("z")))

libc.strtod.restype = c_double
libc.strtod.argtypes = [c_char_p, c_void_p]
print(libc.strtod(b"2.5e3", None))

buf = create_string_buffer(32)
libc.snprintf(buf, sizeof(buf), b"%d-%s-%.2f", 42, b"xy", c_double(3.14159))
print(buf.value)

div = libc.div
class div_t(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
div.restype = div_t
div.argtypes = [c_int, c_int]
r = div(17, 5)
print(type(r).__name__, r.quot, r.rem)

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]
values = (c_int * 8)(5, 3, 9, 1, 7, 2, 8, 4)
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMPFUNC]
libc.qsort.restype = None
libc.qsort(values, len(values), sizeof(c_int), CMPFUNC(py_cmp))
print(list(values), len(calls) > 0)
print(CMPFUNC(py_cmp)(pointer(c_int(3)), pointer(c_int(1))))

def check(result, func, args):
    if result == -1:
        raise OSError(get_errno(), "failed")
    return result
libc.close.errcheck = check
libc.close.argtypes = [c_int]
set_errno(0)
try:
    libc.close(-1)
except OSError as e:
    print("OSError", e.errno == errno.EBADF, get_errno() == errno.EBADF)
print(set_errno(7) == errno.EBADF, get_errno())

environ = c_void_p.in_dll(libc, "environ")
print(environ.value is not None)

# long double (x87 extended on x86-64) through libm.
libm = CDLL(ctypes.util.find_library("m"))
libm.sqrtl.restype = c_longdouble
libm.sqrtl.argtypes = [c_longdouble]
print(libm.sqrtl(2.0), libm.sqrtl(16))
for v in [0.0, -0.0, 1.5, 1e-310, 1e300, -2.5, float("inf")]:
    print(c_longdouble(v).value)
print(bytes(c_longdouble(1.0))[:10].hex())
