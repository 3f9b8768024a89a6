# Float arithmetic: rounding, infinities, nan, negative zero, floor division and modulo.
print(0.1 + 0.2, 1.0 - 0.9, 3 * 0.1, 1.1 * 1.1, 2.0 ** 0.5, 10 / 3)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.1), (-0.0, 1.0), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf / inf, inf > 1e308, nan == nan, nan != nan, nan < 1)
print(inf // 1, inf % 2, 1 % inf, -1 % inf, 1 // inf, -1 // inf)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), repr(-0.0 * 0))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10, 2.0 ** 1023 * 2)
print(round(2.675, 2), round(0.5), round(1.5), round(-1.5), round(2.5), round(1e20), round(123.456, -1))
print(int(3.99), int(-3.99), int(1e20), float(10 ** 20), 1e16 + 1, 2.0 ** 53 + 1)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "0.0 ** -1", "int(float('inf'))", "int(float('nan'))", "10 ** 400 / 1.0"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(f"{expr:22}", type(e).__name__, e)
print(3.0 == 3, 0.1 + 0.2 == 0.3, 1e16 == 10 ** 16, 2 ** 53 + 1 == 2.0 ** 53 + 1, float(2 ** 53 + 1))
print(7.0 // 2, -7.0 // 2, 7 % 2.5, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-0.0).hex())
print(max(0.0, -0.0), min(0.0, -0.0), sum([0.1] * 10), 1 / 3 * 3)
