# float subclasses: arithmetic returns float, repr/str overrides, __new__ converting units, hashing equal to float, fromhex/from_number on subclasses
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class Celsius(float):
    def __new__(cls, value, scale='C'):
        if scale == 'F':
            value = (value - 32) * 5 / 9
        return super().__new__(cls, value)
    def __repr__(self):
        return f'{float(self):.1f}°C'
c = Celsius(212, 'F')
t(lambda: c)
t(lambda: str(c))
t(lambda: c + 1)
t(lambda: -c)
t(lambda: abs(Celsius(-3)))
t(lambda: c * 2)
t(lambda: round(c))
t(lambda: round(c, 1))
t(lambda: c.is_integer())
t(lambda: c.as_integer_ratio())
t(lambda: c.real)
t(lambda: c.conjugate())
t(lambda: hash(c) == hash(100.0))
t(lambda: {100.0: 'boiling'}[c])
t(lambda: c == 100)
t(lambda: float(c))
t(lambda: int(c))
t(lambda: format(c, '.2f'))
t(lambda: f'{c}')
t(lambda: Celsius.fromhex('0x1p5'))
t(lambda: Celsius.from_number(7))
t(lambda: Celsius('36.6'))
t(lambda: Celsius('x'))
t(lambda: divmod(c, 7))
t(lambda: c.hex())
t(lambda: max(Celsius(1), 0.5))
