# Decimal construction (str, int, float, tuple, list, Decimal, subclasses), conversions back and the
# argument errors with their messages
import decimal
from decimal import *

def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for s in ['1', '-1.50', '+.5', '5.', '1_000', '  3.5\n', '\u00a012', '1e5', '1E-0', '0000', '-0.000e-3',
          'inf', '-INFINITY', 'nan', 'NaN0012', 'snan', '-sNaN1', '\u0661\u0662.\u0663', '1.2.3', 'e5',
          '1e', '', ' ', 'Infinityx', '1 0', '0x10', '12345678901234567890123456789012345']:
    attempt('str %r' % s, lambda: Decimal(s))
for v in [0, -5, 10**40, True, 0.1, -0.0, 1e22, float('nan'), float('-inf'), (0, (1, 2, 3), -2),
          (1, [4, 5], 3), [0, (), 0], (0, (0,), 0), (1, (), 'F'), (0, (1,), 'n'), (1, (9,), 'N'), Decimal('7.50')]:
    attempt('obj %r' % (v,), lambda: Decimal(v))
for bad in [None, b'1', [1], (1, 2), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,), 'x'),
            (0, 'ab', 0), 1j]:
    attempt('bad %r' % (bad,), lambda: Decimal(bad))
attempt('object', lambda: Decimal(object()))
attempt('context arg', lambda: Decimal('1', 1))
attempt('context kw', lambda: Decimal(value='1.23456', context=Context(prec=2)))
attempt('trap syntax', lambda: Decimal('abc', Context(traps=[])))
attempt('no args', lambda: Decimal())

class MyDecimal(Decimal):
    def extra(self):
        return 'extra'
m = MyDecimal('1.25')
print(type(m).__name__, m, m.extra(), type(m + 1).__name__, type(-m).__name__, isinstance(m, Decimal))
print(type(MyDecimal.from_float(0.5)).__name__, MyDecimal.from_float(0.5), Decimal.from_float(-1.5), Decimal.from_float(3))
attempt('from_float str', lambda: Decimal.from_float('1'))
print(Decimal.from_number(5), Decimal.from_number(0.25), Decimal.from_number(Decimal('1.5')), type(MyDecimal.from_number(2)).__name__)
attempt('from_number str', lambda: Decimal.from_number('1'))
d = Decimal('-123.4560')
print(d.as_tuple(), d.as_tuple().sign, d.as_integer_ratio(), int(d), float(d), complex(d), round(d), round(d, 1), round(d, -1))
print(d.__floor__(), d.__ceil__(), d.__trunc__(), d.real, d.imag, d.conjugate(), d.canonical(), d.radix(), d.adjusted())
print(d.copy_abs(), d.copy_negate(), d.copy_sign(1), d.same_quantum(Decimal('1.0000')), d.normalize(), d.to_eng_string())
print(d.__reduce__(), d.__copy__() is d, d.__deepcopy__({}) is d, str(d), repr(d), d.is_canonical())
print(Decimal('12.5').to_integral_value(), Decimal('12.5').to_integral_exact(rounding=ROUND_UP), Decimal('1.5').to_integral(ROUND_DOWN))
attempt('quantize float', lambda: d.quantize(0.1))
attempt('round str', lambda: round(d, 'x'))
attempt('compare str', lambda: d.compare('1'))
attempt('add float', lambda: d + 1.5)
attempt('radd float', lambda: 1.5 + d)
attempt('add str', lambda: d + 'x')
attempt('to_integral bad rounding', lambda: d.to_integral(rounding='up'))
attempt('exp context', lambda: d.exp(context=3))
attempt('round nan', lambda: round(Decimal('nan'), 2))
attempt('round inf', lambda: round(Decimal('inf')))
attempt('snan float', lambda: float(Decimal('sNaN')))
print(int(Decimal('1e30')), int(Decimal('-1e-30')), float(Decimal('1e400')), float(Decimal('-1e-400')), float(Decimal('0.1')))
print(Decimal(10**30) + 1, 3 - Decimal('0.5'), 2 * Decimal('1.5'), 7 // Decimal(2), 7 % Decimal(-2), divmod(Decimal(-7), 2),
      2 ** Decimal(10), Decimal(2) ** -2, pow(Decimal(7), 3, 10), -Decimal('1.0'), +Decimal('-0'), abs(Decimal('-2.5')))
