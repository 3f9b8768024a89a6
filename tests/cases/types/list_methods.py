# list methods: append/extend/insert/pop/remove/index/count/clear/copy/reverse, in-place operators, comparisons, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.extend('ab')
l.insert(0, 'first')
l.insert(-1, 'before-last')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l)
t(lambda: l.pop())
t(lambda: l.pop(0))
t(lambda: l.pop(-2))
t(lambda: l.pop(100))
t(lambda: [].pop())
t(lambda: l.remove('a'))
t(lambda: l.remove('zzz'))
print(l)
t(lambda: l.index(2))
t(lambda: l.index(2, 3))
t(lambda: l.index(2, -3, -1))
t(lambda: l.index('nope'))
t(lambda: [1, 1.0, True, 2].count(1))
t(lambda: [[1], [1]].count([1]))
c = l.copy()
c.reverse()
print(c, c == l, c is l)
c.clear()
print(c, l)
t(lambda: l.append())
t(lambda: l.extend(5))
t(lambda: l.insert(1))
t(lambda: l.insert('x', 1))
x = [1, 2]
y = x
x += [3]
x += 'ab'
x *= 2
print(x, x is y)
t(lambda: [1] + (2,))
t(lambda: x.__iadd__((9,)))
t(lambda: [1, 2] * -1)
t(lambda: [0] * 3)
t(lambda: [1, 2] < [1, 3])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1] == (1,))
t(lambda: [] == [])
nan = float('nan')
t(lambda: [nan] == [nan])
t(lambda: [nan].index(nan))
t(lambda: [nan].count(nan))
t(lambda: 2 in [1, 2])
t(lambda: [1, 2].__contains__(3))
t(lambda: list.__len__([1, 2]))
t(lambda: [1, 2].__reversed__().__length_hint__())
class Eq:
    def __eq__(self, other):
        return True
t(lambda: [1, 2, 3].index(Eq()))
t(lambda: [1, 2, 3].count(Eq()))
