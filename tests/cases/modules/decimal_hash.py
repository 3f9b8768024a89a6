# decimal hashing and equality across numeric types: hash(Decimal(x)) == hash(x) for equal ints,
# floats and Fractions; comparisons with int, float, Fraction and complex; FloatOperation flags
from decimal import *
from fractions import Fraction

values = [0, 1, -1, 2, 10, 100, 12345678901234567890, -(2**100), 2**61 - 1, 2**61, 0.5, -0.25, 1.1,
          1e300, 1e-300, 2.0**-1074, float('inf'), float('-inf'), Fraction(1, 3), Fraction(-7, 8),
          Fraction(10**30, 3), 3.0]
for v in values:
    if isinstance(v, float):
        d = Decimal.from_float(v)
    elif isinstance(v, Fraction):
        d = Decimal(v.numerator) / Decimal(v.denominator)
    else:
        d = Decimal(v)
    print(repr(v), repr(d), d == v, hash(d) == hash(v) if d == v else None, d < v, d > v, d <= v, d >= v)
for s in ['1.0', '1.00', '100E-2', '0.1E1', '-0', '0E+10', '1E+2']:
    print(s, hash(Decimal(s)) == hash(float(Decimal(s))), Decimal(s) == float(Decimal(s)))
print(len({Decimal('1'), Decimal('1.0'), 1, 1.0, Fraction(1)}))
print(Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal('0.5') == Fraction(1, 2), Decimal(2) == 2 + 0j,
      Decimal(2) == 2 + 1j, Decimal(1) != 'a', Decimal(1) == None)
for op in ['<', '<=', '>', '>=']:
    try:
        print(op, eval('Decimal(1) ' + op + ' "1"'))
    except TypeError as e:
        print(op, 'TypeError', e)
    try:
        print(op, eval('Decimal(1) ' + op + ' 1j'))
    except TypeError as e:
        print(op, 'TypeError', e)
c = getcontext()
c.clear_flags()
print(Decimal(1) == 1.0, c.flags[FloatOperation])
c.clear_flags()
print(Decimal(1) < 2.0, c.flags[FloatOperation])
print(sorted([Decimal('1.5'), 1, 2.25, Fraction(3, 2), Decimal('-1'), 0]))
print(max(Decimal('1.10'), Decimal('1.1')), min(1, Decimal('1.0')), Decimal('nan') == Decimal('nan'), Decimal('nan') != Decimal('nan'))
