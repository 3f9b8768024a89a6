# Integer arithmetic: big ints, negative floor division and modulo, shifts, bitwise ops.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (-1, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, -(2 ** 100), (2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 100) // 7, -(2 ** 100) % 7)
print(10 ** 20 * 10 ** 20, (10 ** 40) // (10 ** 20), 123456789 ** 3)
print(2 ** -1, 2 ** -2, (-2) ** 3, -2 ** 2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, pow(0, 0), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -16 >> 2, 5 << 0)
print(~0, ~5, ~-1, 12 & 10, 12 | 10, 12 ^ 10, -12 & 0xFF, -1 & (2 ** 70 - 1) == 2 ** 70 - 1)
print(abs(-5), -(-5), +(-5), int(True) + 1)
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "1 << -1", "1 >> -1", "pow(2, -1, 4)", "0 ** -1", "2 ** 10000 * 1.0"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(f"{expr:16}", type(e).__name__, e)
print(len(str(2 ** 1000)), str(3 ** 200)[:20], int("9" * 50) + 1 == 10 ** 50)
print((10 ** 30 + 1) * (10 ** 30 - 1) == 10 ** 60 - 1, (-3) ** 41, 7 ** 77 % 1000)
print(bool(0), bool(-1), True + True, True * 3, False - 1, True // 2, True ** 0)
