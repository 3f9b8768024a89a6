# list slicing: reads with all step signs, slice assignment (grow/shrink), extended slice assignment and deletion with size errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
for s in (slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2), slice(100, 200),
          slice(-100, 3), slice(5, 5), slice(None, None, -3), slice(3, -3, 1)):
    print(s, base[s])
l = list(range(6))
l[1:3] = ['a', 'b', 'c', 'd']
print(l)
l[2:] = []
print(l)
l[:0] = [9, 9]
print(l)
l[len(l):] = 'xy'
print(l)
l[1:1] = range(2)
print(l)
l[::2] = [0] * len(l[::2])
print(l)
t(lambda: l.__setitem__(slice(None, None, 2), [1, 2]))
t(lambda: l.__setitem__(slice(None, None, -1), []))
l2 = [1, 2, 3, 4]
l2[::-1] = 'abcd'
print(l2)
l2[1:3] = l2
print(l2)
l3 = list(range(10))
del l3[::3]
print(l3)
del l3[1:3]
print(l3)
del l3[::-2]
print(l3)
del l3[100:]
print(l3)
t(lambda: l3.__setitem__(slice(0, 1), 5))
t(lambda: l3.__setitem__(100, 5))
t(lambda: l3.__getitem__('a'))
t(lambda: l3.__getitem__(1.0))
t(lambda: l3.__delitem__(100))
t(lambda: list(range(5))[::0])
l4 = [1, 2, 3]
l4[5:10] = [7]
print(l4)
l4[-10:1] = ['neg']
print(l4)
l5 = [0, 1, 2, 3, 4]
l5[3:1] = ['ins']
print(l5)
l6 = [0, 1, 2, 3]
l6[::1] = [9]
print(l6)
t(lambda: [1, 2][True])
class I:
    def __index__(self):
        return 1
t(lambda: [10, 20, 30][I()])
t(lambda: [10, 20, 30][I():])
