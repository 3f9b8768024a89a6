# decimal special values: NaN, sNaN (payloads, signs), Infinity in arithmetic, predicates, conversions, comparisons
from decimal import *

def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

specials = ['NaN', '-NaN', 'NaN123', 'sNaN', '-sNaN45', 'Infinity', '-Inf', '0', '-0', '1E-1000000', '5']
ctx = Context(traps=[])
for s in specials:
    d = Decimal(s)
    print(s, repr(d), d.as_tuple(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(), d.adjusted(), bool(d))
    for t in specials:
        e = Decimal(t)
        ctx.clear_flags()
        r = [ctx.add(d, e), ctx.multiply(d, e), ctx.divide(d, e), ctx.compare(d, e), ctx.max(d, e),
             ctx.min_mag(d, e), ctx.compare_total(d, e), ctx.power(d, e), ctx.remainder(d, e), ctx.quantize(d, e)]
        print(' ', s, t, ' '.join(map(str, r)), sorted(k.__name__ for k, v in ctx.flags.items() if v))
for s in specials:
    d = Decimal(s)
    attempt('float ' + s, lambda: float(d))
    attempt('int ' + s, lambda: int(d))
    attempt('ratio ' + s, lambda: d.as_integer_ratio())
    attempt('== ' + s, lambda: d == d)
    attempt('< ' + s, lambda: d < 1)
    attempt('sqrt ' + s, lambda: d.sqrt())
    attempt('ln ' + s, lambda: d.ln())
    attempt('exp ' + s, lambda: d.exp())
    attempt('hash-is-int ' + s, lambda: isinstance(hash(d), int))
print(Decimal('-0') == Decimal('0'), Decimal('-0').copy_abs(), -Decimal('0'), +Decimal('-0'), abs(Decimal('-0')))
print(Decimal((1, (), 'F')), Decimal((0, (1, 2), 'n')), Decimal((1, (3,), 'N')), Decimal((0, (), 'n')))
