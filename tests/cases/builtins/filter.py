# filter(): None predicate, functions, laziness, iterator protocol, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])))
t(lambda: list(filter(lambda x: x % 2, range(10))))
t(lambda: list(filter(str.isdigit, 'a1b2c3')))
t(lambda: list(filter(bool, ())))
t(lambda: tuple(filter(None, {3: 'x', 0: 'y'})))
calls = []
def pred(x):
    calls.append(x)
    return x > 2
f = filter(pred, [1, 2, 3, 4, 5])
print(calls)
print(next(f), calls)
print(list(f), calls)
print(iter(f) is f)
t(lambda: next(f))
t(lambda: filter(None, 5))
t(lambda: filter(None))
t(lambda: filter())
t(lambda: filter(lambda: True, [1]).__next__())
t(lambda: list(filter(1, [1])))
t(lambda: filter(None, [], key=1))
t(lambda: type(filter(None, [])).__name__)
t(lambda: list(filter(lambda x: 1 / x, [1, 0])))
class C(filter):
    pass
t(lambda: list(C(None, [0, 7])))
