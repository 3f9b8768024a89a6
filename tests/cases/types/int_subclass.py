# int subclasses: arithmetic results are plain ints, repr/str/format overrides, __new__ with extra args, bool-like subclass, hashing and dict keys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Meters(int):
    def __new__(cls, value, unit='m'):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f'{int(self)}{self.unit}'
m = Meters(5)
t(lambda: m)
t(lambda: str(m))
t(lambda: format(m, '03d'))
t(lambda: f'{m}')
t(lambda: m + 1)
t(lambda: type(m + 1).__name__)
t(lambda: type(m * m).__name__)
t(lambda: type(-m).__name__)
t(lambda: type(abs(m)).__name__)
t(lambda: type(m // 2).__name__)
t(lambda: type(m << 1).__name__)
t(lambda: m == 5)
t(lambda: hash(m) == hash(5))
t(lambda: {5: 'five'}[m])
t(lambda: [0, 1, 2, 3, 4, 5][m])
t(lambda: range(m)[-1])
t(lambda: Meters('7', 'km'))
t(lambda: Meters('ff', 16))
t(lambda: Meters(3).unit)
t(lambda: int(m))
t(lambda: type(int(m)).__name__)
t(lambda: m.bit_length())
t(lambda: m.to_bytes(1, 'big'))
t(lambda: type(Meters.from_bytes(b'\x02')).__name__)
t(lambda: Meters.from_bytes(b'\x02'))
t(lambda: m.real)
t(lambda: type(m.real).__name__)
t(lambda: m.__index__())
t(lambda: type(m.__index__()).__name__)
t(lambda: isinstance(m, int))
t(lambda: sorted([Meters(3), 1, Meters(2)]))
class Flag(int):
    def __bool__(self):
        return False
t(lambda: bool(Flag(5)))
t(lambda: 'yes' if Flag(5) else 'no')
t(lambda: Flag(5) + 0)
t(lambda: hex(Meters(255)))
