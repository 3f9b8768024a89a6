# divmod(): int and float floor division signs, big ints, bool, complex/zero errors, __divmod__/__rdivmod__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (2**70, 7), (-(2**70), 2**35 + 1)):
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1), (0.0, -1), (1e300, 1e-300)):
    print(a, b, divmod(a, b))
t(lambda: divmod(float('inf'), 3))
t(lambda: divmod(3, float('inf')))
t(lambda: divmod(-3, float('inf')))
t(lambda: divmod(float('nan'), 2))
t(lambda: divmod(True, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: divmod(1j, 2))
t(lambda: divmod('a', 2))
t(lambda: divmod(1))
class D:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
t(lambda: divmod(D(), 3))
t(lambda: divmod(3, D()))
