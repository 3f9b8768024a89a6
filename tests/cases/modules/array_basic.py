# array.array: construction, indexing, slicing, methods, repr, comparisons
# (no 'l'/'L' itemsize: the reference is 32-bit)
import array

a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a.tolist(), a.itemsize, a.typecode)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a[1:3] = array.array('i', [9, 9, 9])
print(a)
del a[::2]
print(a)
print(a == array.array('i', a.tolist()), a < array.array('i', [10]), a != array.array('d', a.tolist()))
print(array.array('w', 'ab\U0001f600'), array.array('d', [1.5]), array.array('f', [0.1]), array.array('b'))
print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
b = array.array('H', [1, 256])
b.byteswap()
print(b, b.tobytes(), 2 in b, b.count(1), b.index(1))
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), array.array('i', range(3)) * 2, 0 * array.array('i', [1]))
print(array.array('B', [1]) + array.array('B', [2]), array.array('d', array.array('i', [1, 2])))
w = array.array('w', 'hi')
w.fromunicode('!')
print(w.tounicode(), w, w.itemsize)
e = array.array('i', [1, 2])
e += array.array('i', [3])
e *= 2
print(e, e.index(3, 3), e.index(1, -3, -1))
e.remove(2)
e.reverse()
print(e)
e.clear()
print(e, len(e), bool(e))
print(array.array('q', [-(1 << 63)]), array.array('Q', [(1 << 64) - 1]), array.array('I', [1 << 31]))
print(array.array('b', [-128, 127]), array.array('h', [-32768]), array.array('H', [65535]), array.array('f', [1e300]))
print(list(reversed(array.array('i', [1, 2, 3]))), sorted(array.array('d', [3, 1, 2])), sum(array.array('B', [1, 2])))
f = array.array('h', [1, -1])
f.frombytes(b'\x02\x00')
f.fromlist([7, 8])
print(f, f.buffer_info()[1], array.array('b', [1, 2, 3])[5:1:-2])
x = array.array('i', [5, 6, 7, 8, 9])
x[::2] = array.array('i', [0, 0, 0])
x[1:1] = array.array('i', [4])
print(x)


class Sub(array.array):
    pass


s = Sub('d', [1.0])
s.tag = 'x'
print(s, type(s[:]).__name__, type(s + s).__name__, s == array.array('d', [1.0]))
