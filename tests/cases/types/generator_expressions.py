# generator expression objects: laziness, first iterable evaluated eagerly, gi_code name '<genexpr>', __qualname__, send/close on genexprs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

log = []
def src(n):
    log.append('src called')
    return range(n)
g = (x * 2 for x in src(3))
t(lambda: log)
t(lambda: type(g).__name__)
t(lambda: g.__name__)
t(lambda: g.__qualname__)
t(lambda: g.gi_code.co_name)
t(lambda: next(g))
t(lambda: list(g))
t(lambda: list(g))
t(lambda: (x for x in 5))
bad = (1 / x for x in [1, 0])
t(lambda: next(bad))
t(lambda: next(bad))
t(lambda: next(bad))
g2 = (x for x in range(5))
t(lambda: g2.send(None))
t(lambda: g2.send('ignored'))
g2.close()
t(lambda: next(g2))
g3 = (x for x in range(5))
t(lambda: g3.throw(ValueError('into genexpr')))
def outer():
    return (y for y in range(2))
t(lambda: outer().__qualname__)
class K:
    def m(self):
        return (i for i in ())
t(lambda: K().m().__qualname__)
t(lambda: sum(x for x in range(10)))
t(lambda: list(x for x in range(3) if x))
t(lambda: list((x, y) for x in range(2) for y in 'ab'))
t(lambda: [list(g) for g in [(i for i in range(n)) for n in range(3)]])
t(lambda: dict((k, len(k)) for k in ['a', 'bb']))
t(lambda: g.gi_frame)
t(lambda: g.gi_running)
t(lambda: g3.gi_suspended)
it = iter([1, 2, 3])
g4 = (v for v in it)
next(g4)
t(lambda: list(it))
t(lambda: list(g4))
