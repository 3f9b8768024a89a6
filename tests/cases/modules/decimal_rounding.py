# the eight rounding modes through quantize, to_integral_*, context rounding of arithmetic and
# create_decimal, round() and the integer conversions
from decimal import *

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
values = ['0.5', '1.5', '2.5', '-0.5', '-1.5', '-2.5', '1.49', '1.51', '-1.51', '0.05', '0.15', '0.25', '9.95',
          '-9.95', '1.0', '0.001', '-0.001', '1.05', '1.55', '5.5', '6.5', '999.5', '0', '-0']
for mode in modes:
    row = []
    for v in values:
        d = Decimal(v)
        row.append(str(d.quantize(Decimal('0.1'), rounding=mode)))
        row.append(str(d.to_integral_value(rounding=mode)))
    print(mode, ' '.join(row))
    c = Context(prec=3, rounding=mode)
    print('  ', c.create_decimal('1.2345'), c.create_decimal('-1.2345'), c.create_decimal('9.995'), c.create_decimal('-9.995'),
          c.divide(2, 3), c.divide(-2, 3), c.add(Decimal('1.00'), Decimal('0.005')), c.multiply(Decimal('1.11'), Decimal('1.11')),
          c.create_decimal('1.2501'), c.create_decimal('1.2500'), c.create_decimal('1.2499'), c.create_decimal('105'),
          c.create_decimal('1050'), c.create_decimal('-1055'))
    c = Context(prec=3, rounding=mode, Emax=9, Emin=-9, traps=[])
    print('  ', c.multiply(Decimal('9.99e9'), 10), c.multiply(Decimal('-9.99e9'), 10), c.divide(1, Decimal('7e9')),
          c.subtract(Decimal(1), Decimal(1)), c.add(Decimal('-0'), Decimal('0')), c.next_plus(1), c.next_minus(1))
for v in values:
    d = Decimal(v)
    print(v, round(d), round(d, 1), int(d), d.__floor__(), d.__ceil__())
