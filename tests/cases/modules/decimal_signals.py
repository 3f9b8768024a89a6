# decimal's signal classes: hierarchy, trapping, the class list in the message, flags
import decimal
from decimal import *

names = ['DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact',
         'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'ConversionSyntax',
         'DivisionImpossible', 'DivisionUndefined', 'InvalidContext']
for n in names:
    cls = getattr(decimal, n)
    print(n, cls.__module__, [b.__name__ for b in cls.__mro__])

def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e, e.args)

ctx = getcontext()
attempt('syntax', lambda: Decimal('1.2.3'))
attempt('div0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('x%0', lambda: Decimal(5) % 0)
attempt('snan', lambda: Decimal('sNaN') + 1)
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('divimpossible', lambda: Decimal(10) ** 40 // Decimal('0.1'))
attempt('quantize', lambda: Decimal('1e30').quantize(Decimal('1e-10')))
attempt('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
attempt('sqrt(-1)', lambda: Decimal(-1).sqrt())
attempt('ln(-1)', lambda: Decimal(-1).ln())
attempt('0**0', lambda: Decimal(0) ** 0)

print(ctx.flags[InvalidOperation], ctx.flags[DivisionByZero])
ctx.clear_flags()
c = Context(traps=[Inexact, Rounded, Underflow, Subnormal, Clamped, FloatOperation], Emin=-5, Emax=5, prec=3)
attempt('inexact', lambda: c.divide(1, 3))
attempt('rounded', lambda: c.plus(Decimal('1.000')))
attempt('underflow', lambda: c.multiply(Decimal('1e-5'), Decimal('0.01')))
attempt('subnormal', lambda: c.plus(Decimal('1e-6')))
attempt('float', lambda: c.create_decimal(1.5))
attempt('float<', lambda: Decimal(1) < 1.5)
with localcontext(traps=[FloatOperation]):
    attempt('float< trapped', lambda: Decimal(1) < 1.5)
    attempt('float== trapped', lambda: Decimal(1) == 1.5)
    attempt('Decimal(float) trapped', lambda: Decimal(0.5))
    attempt('from_float', lambda: Decimal.from_float(0.5))
c.clear_traps()
for op, args in [('divide', (1, 3)), ('multiply', (Decimal('1e-5'), Decimal('0.01'))),
                 ('add', (Decimal('9.99e5'), 1)), ('plus', (Decimal('1e-7'),)),
                 ('power', (10, 6)), ('create_decimal', ('1.2345',)), ('create_decimal', ('sNaN',)),
                 ('divide', (Decimal('1e5'), Decimal('1e-5'))), ('ln', (0,)), ('logb', (0,))]:
    c.clear_flags()
    r = getattr(c, op)(*args)
    print(op, args, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
try:
    Decimal('x')
except InvalidOperation as e:
    print(type(e).__name__, e.args[0] == [ConversionSyntax], isinstance(e, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__)
