# Mixed int/float/complex/bool arithmetic and result types.
values = [True, 2, 2.5, 1j]
for x in values:
    print([type(x + y).__name__ for y in values])
print(1 + 2.0, 3 * True, 2.5 + 1j, True + 1j, 10 / 5, type(10 / 5).__name__)
print(10 // 2.5, 10 % 2.5, type(10 // 4.0).__name__, 2 ** 0.5, 4 ** 0.5, type((-1) ** 0.5).__name__)
print(1 == 1.0 == (1 + 0j), 1 < 1.5 < 2, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63)
print(10 ** 30 < 1e31, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333, 9007199254740993 == 9007199254740992.0)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 1.5, True, 2]))
print(sum([1, 2.5, True]), sum([1j, 2]), abs(-True), -True, ~int(True))
print(int("  42  "), float("-0"), int(-0.0), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(hash(2) == hash(2.0) == hash(2 + 0j), {1: "a", 1.0: "b", True: "c"})
print(divmod(7, 2.0), divmod(-7.5, 2), pow(2, 0.5) == 2 ** 0.5, pow(2.0, 3), pow(-8, 1 / 3).__class__.__name__)
