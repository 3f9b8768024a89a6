# round(): ints and floats, ndigits positive/negative/None, banker's rounding, float representation cases, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1, 1e300):
    t(lambda: round(x))
for n in (2, 1, 0, -1, -2, None):
    t(lambda: round(2.675, n))
    t(lambda: round(1234.5678, n))
t(lambda: round(0.125, 2))
t(lambda: round(0.375, 2))
t(lambda: round(-0.0))
t(lambda: round(-0.4, 0))
t(lambda: round(5e-324, 400))
t(lambda: round(1e300, -400))
t(lambda: round(15, -1))
t(lambda: round(25, -1))
t(lambda: round(-25, -1))
t(lambda: round(12345, -2))
t(lambda: round(12345, 2))
t(lambda: round(2**100 + 5, -1))
t(lambda: round(True))
t(lambda: round(True, 0))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round(float('nan'), 1))
t(lambda: round('1.5'))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, '1'))
t(lambda: round())
t(lambda: round(1 + 1j))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
t(lambda: round(R()))
t(lambda: round(R(), 3))
t(lambda: round(number=2.5, ndigits=0))
