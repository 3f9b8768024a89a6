# iterator protocol edge cases: __iter__ returning non-iterators, __next__ raising, StopIteration inside generators, exhausted iterators stay exhausted
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class ReturnsList:
    def __iter__(self):
        return [1, 2]
class ReturnsSelfNoNext:
    def __iter__(self):
        return self
class Good:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
class NextRaises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('next failed')
t(lambda: list(ReturnsList()))
t(lambda: list(ReturnsSelfNoNext()))
t(lambda: [x for x in ReturnsSelfNoNext()])
g = Good()
t(lambda: list(g))
t(lambda: list(g))
t(lambda: next(g, 'still done'))
t(lambda: list(NextRaises()))
t(lambda: sum(NextRaises()))
t(lambda: dict.fromkeys(NextRaises()))
def gen_raises_stop():
    yield 1
    raise StopIteration('inside')
t(lambda: list(gen_raises_stop()))
def gen_next_stop():
    yield next(iter([]))
t(lambda: list(gen_next_stop()))
t(lambda: list(map(next, [iter([1]), iter([])])))
t(lambda: list(zip(Good(), NextRaises())))
t(lambda: tuple(Good()))
t(lambda: sorted(Good(), reverse=True))
t(lambda: max(Good()))
t(lambda: ''.join(Good()))
t(lambda: set(Good()))
t(lambda: a_b_unpack())
def a_b_unpack():
    a, b = Good()
    return a, b
t(a_b_unpack)
def unpack_error():
    a, b = NextRaises()
t(unpack_error)
