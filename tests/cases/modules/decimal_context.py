# decimal contexts: construction and validation, attributes, flags/traps dicts, copies, getcontext/setcontext/localcontext
import decimal
from decimal import *

def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(repr(DefaultContext))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(repr(Context()))
c = Context(prec=10, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact], traps=[DivisionByZero])
print(repr(c), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.traps[DivisionByZero], c.traps[Overflow], len(c.flags), list(c.flags) == list(c.traps))
print(c.flags == c.flags.copy(), type(c.flags.copy()).__name__, dict(c.traps) == c.traps.copy())
c.traps[Overflow] = True
c.flags[Inexact] = False
print(repr(c))
print(c.create_decimal('1.23456789012345'), c.to_sci_string(Decimal('1E+5')))
print(c.__reduce__()[1])
d = c.copy()
d.prec = 3
print(c.prec, d.prec)
attempt('prec 0', lambda: Context(prec=0))
attempt('Emin 1', lambda: Context(Emin=1))
attempt('Emax -1', lambda: Context(Emax=-1))
attempt('clamp 2', lambda: Context(clamp=2))
attempt('capitals 2', lambda: Context(capitals=2))
attempt('rounding', lambda: Context(rounding='ROUND_SIDEWAYS'))
attempt('traps list', lambda: Context(traps=[int]))
attempt('traps dict', lambda: Context(traps={Inexact: True}))
attempt('flags dict', lambda: repr(Context(flags=dict.fromkeys([InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped], False))))
attempt('bad attr', lambda: setattr(c, 'foo', 1))
attempt('del prec', lambda: delattr(c, 'prec'))
attempt('prec str', lambda: setattr(c, 'prec', 'x'))
attempt('setcontext', lambda: setcontext(1))
attempt('flags key', lambda: c.flags[1])
attempt('flags del', lambda: c.flags.__delitem__(Inexact))

orig = getcontext()
print(orig is getcontext(), repr(orig))
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 3)
setcontext(orig)
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, lc is getcontext())
print(Decimal(1) / 7)
with localcontext(Context(prec=4, rounding=ROUND_UP)) as lc:
    print(Decimal(1) / 7, lc.rounding)
with localcontext(prec=6, rounding=ROUND_FLOOR, traps=[]):
    print(Decimal(-1) / 7, Decimal(1) / 0)
attempt('localcontext bad kw', lambda: localcontext(precision=3))
attempt('localcontext bad value', lambda: localcontext(prec=-3))
print(getcontext().prec)
getcontext().prec = 12
print(Decimal(2).sqrt())
getcontext().prec = 28
ctx = Context(prec=7)
print(ctx.add(1, Decimal('0.00000001')), ctx.divide_int(17, 5), ctx.divmod(17, 5), ctx.power(2, 10), ctx.power(3, 4, 5))
print(ctx.sqrt(2), ctx.exp(1), ctx.ln(10), ctx.log10(2), ctx.logb(1234), ctx.fma(2, 3, 4), ctx.abs(-5), ctx.minus(5), ctx.plus(-0))
print(ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.max(1, 2), ctx.min_mag(-1, 2), ctx.copy_sign(1, -2), ctx.number_class(Decimal('-0')))
print(ctx.is_zero(0), ctx.is_signed(-1), ctx.is_finite(1), ctx.is_normal(Decimal('1e-1000')), ctx.is_subnormal(Decimal('1e-1000000')))
print(ctx.quantize(Decimal('1.23456'), Decimal('0.01')), ctx.remainder(10, 3), ctx.remainder_near(10, 3), ctx.next_toward(1, 2))
print(ctx.rotate(123, 2), ctx.shift(123, 2), ctx.scaleb(1, 5), ctx.logical_and(1100, 1010), ctx.logical_or(1100, 1010), ctx.logical_xor(1100, 1010), ctx.logical_invert(1100))
print(ctx.same_quantum(Decimal('1.0'), Decimal('2.0')), ctx.radix(), ctx.canonical(Decimal(3)), ctx.to_integral_exact(Decimal('2.5')), ctx.normalize(Decimal('1.200')), ctx.to_eng_string(Decimal('1e5')))
attempt('ctx float', lambda: ctx.add(1.5, 1))
attempt('ctx str', lambda: ctx.add('1', 1))
print(ctx.create_decimal_from_float(0.1), ctx.copy_decimal(Decimal('1.5')), ctx.copy_abs(-1), ctx.copy_negate(1), ctx._apply(Decimal('1.234567891')))
print(ctx.compare_total(Decimal('1.0'), Decimal('1')), ctx.compare_total_mag(-2, 1), ctx.is_qnan(Decimal('nan')), ctx.is_snan(Decimal('snan')), ctx.is_infinite(Decimal('-inf')), ctx.is_nan(1), ctx.is_canonical(Decimal(1)))
attempt('is_canonical int', lambda: ctx.is_canonical(1))
