# rich comparison dispatch: reflected operations, subclass priority, NotImplemented fallbacks to identity for ==, error messages for ordering
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

log = []
class A:
    def __eq__(self, other):
        log.append('A.__eq__')
        return NotImplemented
    def __lt__(self, other):
        log.append('A.__lt__')
        return NotImplemented
    def __gt__(self, other):
        log.append('A.__gt__')
        return 'A gt'
class B(A):
    def __eq__(self, other):
        log.append('B.__eq__')
        return 'B eq'
    def __gt__(self, other):
        log.append('B.__gt__')
        return 'B gt'
a, b = A(), B()
for expr in (lambda: a == b, lambda: b == a, lambda: a < b, lambda: b < a, lambda: a > b, lambda: a == a,
             lambda: a != a, lambda: a < a, lambda: a == 1, lambda: 1 == a, lambda: a < 1):
    log.clear()
    t(expr)
    print('  ', log)
class NoCmp:
    pass
t(lambda: NoCmp() < NoCmp())
t(lambda: NoCmp() <= 1)
t(lambda: 1 >= NoCmp())
t(lambda: NoCmp() == NoCmp())
n = NoCmp()
t(lambda: n == n)
t(lambda: n != n)
class Weird:
    def __eq__(self, other):
        return 0
    def __lt__(self, other):
        return [1]
t(lambda: Weird() == 1)
t(lambda: Weird() != 1)
t(lambda: Weird() < 1)
t(lambda: [Weird()] == [Weird()])
t(lambda: (1, Weird()) < (1, 2))
t(lambda: 1 < 2 < 3)
t(lambda: 3 > 2 < 5 > 1)
t(lambda: 1 < 'a' if False else 'short-circuit')
class Raises:
    def __eq__(self, other):
        raise ValueError('eq raised')
t(lambda: Raises() == 1)
t(lambda: Raises() in [1])
r = Raises()
t(lambda: r in [r])
t(lambda: [r] == [r])
