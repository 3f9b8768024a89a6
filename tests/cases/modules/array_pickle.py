# array.array: __reduce_ex__, _array_reconstructor, copying, the iterator
import array
import copy

a = array.array('i', [9, 9, 5])
print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1:])
func, args, state = a.__reduce_ex__(4)
print(func is array._array_reconstructor, func(*args))
print(array.array('w', 'hi').__reduce_ex__(1), array.array('w', 'hi').__reduce_ex__(4)[1][1:3])
print(array._array_reconstructor(array.array, 'h', 5, b'\x00\x01\x00\x02'))
print(array._array_reconstructor(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'b', 0, b'\xff'))
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (array.array, 'z', 8, b''), (array.array, 'i', 99, b''),
             (array.array, 'i', 8, 'x')]:
    try:
        array._array_reconstructor(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)


class Sub(array.array):
    pass


s = Sub('i', [1])
s.tag = 7
print(s.__reduce_ex__(3)[2], s.__reduce_ex__(3)[1][0] is Sub, copy.copy(s))
it = iter(a)
print(type(it).__name__, next(it), it.__reduce__()[1:], list(it), list(it))
print(it.__reduce__()[1])
it = iter(a)
it.__setstate__(2)
print(list(it))
b = array.array('i', [1])
it = iter(b)
b.append(2)
print(list(it))
