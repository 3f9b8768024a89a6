# float(): construction from ints, strings (whitespace, underscores, inf/nan spellings), __float__/__index__, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ('1', ' 1.5 ', '-0', '+3.', '.5', '1e10', '1E-5', '1_000.000_1', 'inf', '-Infinity', 'nan', '-NaN', 'iNF',
          '\t\n 2.5\x0c', '1e500', '-1e500', '1e-400', '0x10', '1__0', '_1', '1_', '', ' ', 'abc', '1.5j', '١٢٣', '１.５'):
    t(lambda: float(s))
t(lambda: float())
t(lambda: float(10))
t(lambda: float(True))
t(lambda: float(2**53 + 1))
t(lambda: float(10**400))
t(lambda: float(b'1.25'))
t(lambda: float(bytearray(b'3')))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float(1j))
t(lambda: float(x=1))
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
t(lambda: float(F()))
t(lambda: float(I()))
t(lambda: float(Bad()))
class Sub(float):
    pass
t(lambda: type(float(Sub(2.0))).__name__)
t(lambda: Sub('2.5') + 1)
t(lambda: float('1' * 400))
