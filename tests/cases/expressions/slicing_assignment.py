# Slice assignment and deletion on lists and bytearrays, including extended slices and growth.
a = list(range(10))
a[2:5] = []
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[1:3] = "xyz"
print(a)
a[::2] = range(len(a[::2]))
print(a)
a[-3:] = [None]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
b[5:100] = [9]
print(b)
c = [0] * 6
c[::-2] = "abc"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[5:6] = b"___"
del ba[-2:]
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
d = list(range(10))
del d[1::3]
print(d)
del d[:]
print(d)
