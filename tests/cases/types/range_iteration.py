# range iteration and arithmetic of bounds: negative steps, empty ranges, reversed of stepped ranges, large steps, index/count with bools and floats
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for args in ((0,), (-3,), (3, 0), (0, 10, 3), (10, 0, -3), (-10, -1, 4), (5, -5, -2), (0, 1, 100), (100, 0, -100),
             (-1, -10, -1), (2**64, 2**64 + 10, 3)):
    r = range(*args)
    print(args, list(r), len(r), list(reversed(r)), r[::-1], bool(r))
t(lambda: range(10).index(True))
t(lambda: range(10).count(True))
t(lambda: range(10).index(3.0))
t(lambda: range(10).count(3.5))
t(lambda: True in range(2))
t(lambda: 1.5 in range(3))
t(lambda: range(0, 10, 2)[-1:-4:-1])
t(lambda: range(0, 10, 2)[100:])
t(lambda: range(5)[::2][::2])
t(lambda: range(-5, 5)[3:-3])
t(lambda: list(range(5)[1:4][::-1]))
t(lambda: range(3) == range(0, 3, 1))
t(lambda: range(0, -1) == range(5, 2))
t(lambda: sum(range(10**6)))
t(lambda: len(range(-2**70, 2**70, 2**60)))
t(lambda: range(10)[2:8:3].start)
