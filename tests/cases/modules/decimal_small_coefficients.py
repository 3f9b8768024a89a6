# Arithmetic near the sizes where decimal switches between machine-word and big-number coefficients
# (19 and 38 digits): results, rounding and the flags they raise must not depend on the size.
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, Inexact, Rounded


def flags(ctx):
    return sorted(name.__name__ for name, on in ctx.flags.items() if on)


values = ["9" * 19, "1" + "0" * 19, "9" * 38, "1" + "0" * 38, "3" * 39, "-12345678901234567890.123456789",
          "0.000000000000000000001", "18446744073709551615", "18446744073709551616", "340282366920938463463374607431768211455",
          "340282366920938463463374607431768211456", "2.5", "-3.5", "7", "0"]
for prec in (9, 28, 38, 40, 60):
    with localcontext() as ctx:
        ctx.prec = prec
        for a in values:
            for b in ("7", "-3", "1e-30", "9" * 20, "0.5"):
                x, y = Decimal(a), Decimal(b)
                ctx.clear_flags()
                print(prec, a, b, x + y, x - y, x * y, x / y, flags(ctx))

for rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
    with localcontext() as ctx:
        ctx.rounding = rounding
        row = []
        for a in ("2.345", "-2.345", "2.355", "2.350", "2.3450", "9.995", "1.0000000000000000000000000000000000000005", "0.00499"):
            ctx.clear_flags()
            q = Decimal(a).quantize(Decimal("0.01"))
            row.append(f"{q}:{int(bool(ctx.flags[Inexact]))}{int(bool(ctx.flags[Rounded]))}")
        print(rounding, " ".join(row))

print(Decimal(1) / Decimal(8), Decimal(100) / Decimal(4), Decimal("1.000") / Decimal(1), Decimal(10) ** 20 / Decimal(10) ** 10)
print(Decimal("123456789012345678901234567890") / Decimal("1000000000"), Decimal(2) / Decimal(3))
print(Decimal(" 12_3.5 "), Decimal("1_000"), Decimal("\u0661\u0662"), Decimal("1e+999999"), Decimal("-0.0e-5"))
print(Decimal(10) ** 40 + Decimal(1), (Decimal(2) ** 64).sqrt(), Decimal("1" * 45) * Decimal("2"))
