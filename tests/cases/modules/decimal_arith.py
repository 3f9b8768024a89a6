# decimal arithmetic under many contexts: every Context operation on pseudo-random operands
# (a fixed LCG, so the operands are the same everywhere), with results and raised flags
from decimal import *

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

def number(emax, prec):
    r = rand(40)
    if r == 0:
        return ['NaN', '-NaN', 'sNaN', 'NaN12', 'Inf', '-Infinity', '0', '-0', '0E+5', '0.000'][rand(10)]
    n = 1 + rand(prec + 3)
    digits = ''.join('0123456789'[rand(10)] for _ in range(n))
    exp = rand(2 * emax + prec + 10) - emax - prec - 5 - n + 1
    return ('-' if rand(2) else '') + digits + 'E' + str(exp)

ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
UNARY = ['exp', 'ln', 'log10', 'logb', 'sqrt', 'next_minus', 'next_plus', 'normalize', 'to_integral_value',
         'to_integral_exact', 'number_class', 'is_normal', 'is_subnormal', 'plus', 'minus', 'abs', '_apply']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'compare',
          'compare_signal', 'compare_total', 'max', 'min', 'max_mag', 'min_mag', 'next_toward', 'quantize',
          'power', 'divmod', 'scaleb', 'same_quantum', 'rotate', 'shift', 'fma']

for i in range(1500):
    prec = [1, 2, 3, 5, 9, 16, 28][rand(7)]
    emax = [9, 20, 99, 999999][rand(4)]
    rounding = ROUNDINGS[rand(8)]
    clamp = rand(2)
    unary = rand(5) < 2
    op = UNARY[rand(len(UNARY))] if unary else BINARY[rand(len(BINARY))]
    args = [number(emax, prec) for _ in range(1 if unary else 2)]
    if op in ('exp', 'ln', 'log10') and rand(3):
        args = [str(1 + rand(999)) + 'E' + str(rand(9) - 5)]
    if op in ('scaleb', 'rotate', 'shift'):
        args[1] = str(rand(2 * prec + 5) - prec - 2)
    if op == 'fma':
        args.append(number(emax, prec))
    if op == 'power':
        # libmpdec's power is correctly rounded in the round-half modes only
        rounding = [ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN][rand(3)]
        if rand(2):
            args[1] = str(rand(31) - 15)
    c = Context(prec=prec, rounding=rounding, Emax=emax, Emin=-emax, clamp=clamp, traps=[])
    try:
        r = repr(getattr(c, op)(*[Decimal(a) for a in args]))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    flags = [k.__name__ for k, v in c.flags.items() if v]
    print(prec, emax, rounding, clamp, op, args, r, flags)
