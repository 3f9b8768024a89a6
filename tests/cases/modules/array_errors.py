# array.array: conversion errors per typecode and method errors, exact messages
import array

values = (-1, 1 << 70, 1000000, 300, 1.5, 'x', 'xy', None)
for tc in 'bBhHiIqQfdw':
    for v in values:
        try:
            array.array(tc, [v])
            r = 'ok'
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(tc, repr(v)[:8], r)
for args in [('z',), (1,), ('bb',), ('b', 'abc'), ('w', [1]), ('b', 1), ('b', [1], 2), ('b', b'\x01'), ('i', b'\x01')]:
    try:
        print(array.array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    array.array('i', [], x=1)
except TypeError as e:
    print(e)
try:
    array.array('b', array.array('w', 'x'))
except TypeError as e:
    print(e)
a = array.array('i', [1, 2, 3])
tests = [
    lambda: a[5], lambda: a.__setitem__(5, 1), lambda: a.pop(7), lambda: array.array('i').pop(),
    lambda: a.remove(9), lambda: a.index(9), lambda: a['x'], lambda: a + array.array('d'),
    lambda: a + [1], lambda: a.frombytes(b'12345'), lambda: a.fromunicode('x'), lambda: a.tounicode(),
    lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])), lambda: a.__setitem__(slice(0, 2), [1]),
    lambda: a.__setitem__(slice(0, 2), array.array('b')), lambda: a.extend([1, 'x']),
    lambda: a.extend(array.array('d')), lambda: a.fromlist(3), lambda: a.fromlist([1, 'x']),
    lambda: a.fromfile(1, -1), lambda: hash(a), lambda: a < 3, lambda: a.__reduce_ex__('x'),
    lambda: array.array('w', 'ab').fromunicode(3), lambda: a.__iadd__([1]), lambda: a.frombytes('x'),
    lambda: a.__delitem__(10),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a)
