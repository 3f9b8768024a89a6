# next(): iterators with and without default, StopIteration value, non-iterator errors, custom __next__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2])
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it))
t(lambda: next(it, 'done'))
t(lambda: next(it, None))
t(lambda: next([1]))
t(lambda: next('abc'))
t(lambda: next(5, 0))
t(lambda: next())
t(lambda: next(it, 1, 2))
def g():
    yield 1
    return 'ret'
gen = g()
t(lambda: next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
t(lambda: next(gen, 'dflt'))
class C:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('custom')
        return self.n
c = C()
t(lambda: next(c))
t(lambda: next(c))
t(lambda: next(c))
t(lambda: next(c, 'default hides it'))
class Err:
    def __next__(self):
        raise ValueError('from next')
t(lambda: next(Err(), 'no effect on other errors'))
e = enumerate('x')
t(lambda: next(e))
t(lambda: next(e, ('end',)))
