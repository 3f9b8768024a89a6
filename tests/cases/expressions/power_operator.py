# The power operator: int, negative and fractional exponents, three-argument pow, and precedence.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2, 2 ** -2, (-2) ** -3, 10 ** -1)
print(-2 ** 2, (-2) ** 2, 2 ** -1 ** 2, 2 ** 3 ** 2, -(2 ** 0.5) == -2 ** 0.5)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 10, 1.5 ** 2, 0.0 ** 0, (-8) ** 2.0, 1 ** float("inf"), 2 ** float("-inf"))
print(type((-8) ** (1 / 3)).__name__, abs((-1) ** 0.5 - 1j) < 1e-15)
print(pow(3, 4), pow(3, 4, 5), pow(3, -1, 11), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7), pow(0, 0, 1))
print(pow(7, 2, -5), pow(-7, 2, 5), pow(2, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (0, -1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(2 ** 64, 3 ** 40, (-1) ** 1001, 1 ** -5, 10 ** 2.0)
print(True ** 2, 2 ** True, False ** 0)
