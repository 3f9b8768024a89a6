# all() and any(): empty iterables, short-circuiting, truthiness, generators, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: all([]))
t(lambda: any([]))
t(lambda: all([1, 2, 3]))
t(lambda: all([1, 0, 3]))
t(lambda: any([0, 0, '']))
t(lambda: any([0, 'x']))
t(lambda: all('abc'))
t(lambda: any(''))
t(lambda: all({}))
t(lambda: any({0: 1}))
t(lambda: any({1: 0}))
t(lambda: all(x > 0 for x in range(1, 10)))
t(lambda: any(x > 8 for x in range(10)))

seen = []
def gen():
    for i in range(10):
        seen.append(i)
        yield i
print(all(x < 3 for x in gen()), seen)
seen.clear()
print(any(x == 4 for x in gen()), seen)
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 1, 0, 5, 6])
print(all(it), list(it))

class Falsy:
    def __bool__(self):
        return False
class Bad:
    def __bool__(self):
        return 3
t(lambda: any([Falsy(), Falsy()]))
t(lambda: all([Bad()]))
t(lambda: all(5))
t(lambda: any(None))
t(lambda: all())
t(lambda: any([], []))
t(lambda: all(iterable=[]))
