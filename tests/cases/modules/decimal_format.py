# format() of decimals: types e/f/g/%/n, precision, fill and alignment, signs, zero padding, grouping;
# str, repr and to_eng_string of the same values
from decimal import *

state = 777
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '10', '<10', '^12.3f',
         '*>15,.2f', '=+12.4', ' .5', '+', ',', ',.3f', '020,.2f', '012', '.0e', '.0g', 'n', '.4n', '-^9', 'F']
values = []
for i in range(120):
    digits = ''.join('0123456789'[rand(10)] for _ in range(1 + rand(12)))
    values.append(('-' if rand(2) else '') + digits + 'E' + str(rand(28) - 15))
values += ['0', '-0', '0E-5', '0E+3', 'NaN', '-sNaN', 'Inf', '-Infinity', '1.000', '123.456', '999.9995',
           '0.00001234', '1e-7', '1E+7', '-0.0']
for v in values:
    d = Decimal(v)
    row = [str(d), repr(d), d.to_eng_string()]
    for s in specs:
        row.append(format(d, s))
    print(' | '.join(row))
with localcontext(capitals=0, rounding=ROUND_DOWN):
    print(format(Decimal('1.5e20'), ''), str(Decimal('1.5e20')), format(Decimal('2.99'), '.1f'), Decimal('1E+5').to_eng_string())
# Specs libmpdec rejects go to _pydecimal, which the reference's stdlib lacks; not recorded.
print(f'{Decimal("1234.5"):_>12,.1f}', '{:.3}'.format(Decimal('3.14159')), '%s %r' % (Decimal('1.1'), Decimal('2.2')))
