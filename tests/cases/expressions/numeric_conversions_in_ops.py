# Implicit conversions in arithmetic: int to float precision, huge ints with floats, bool arithmetic.
print(2 ** 53 + 1.0, float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), -(10 ** 400) < float("-inf"), 10 ** 308 < 1.7976931348623157e308)
try:
    10 ** 400 + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 7 / 7, type(7 / 7).__name__)
print(True / 2, True // 2, -True, True ** 10, 3 % True, divmod(True, 1))
print(int(2.9), int(-2.9), int("-0"), int("+7"), int(" 1_000 "), int("0b101", 2) if False else int("101", 2))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1e16 + 1 == 1e16, (1 << 1000) / (1 << 999))
print(hash(0.5) == hash(0.5), 1.0 == 1, {1.0: "x"}[1], 1 in {1.0}, {1, 1.0, True})
