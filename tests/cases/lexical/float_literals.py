# Floating point literals: forms, exponents, underscores, repr.
print(1.0, 1., .5, 1e3, 1E-3, 1_0.5_0, 3.14e+2)
print(0.1 + 0.2, 1e16, 1e15, 1.5e-7, 123456789.123456789)
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-325)
print(0e0, -0.0, 0.0 == -0.0)
print(float("inf"), float("-inf"), float("nan"))
print(1e22, 1e21, 1e-4, 1e-5, 0.0001, 0.00001)
print(2.5.__class__.__name__, 1_000.000_1)
print(repr(1.0), str(1.0), repr(100.0), repr(1e100))
print(0.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(float("1_0.5"), float("  2.5  "), float("1e-3"))
for text in ["1e", "1._5", "1.e", "1__0.0"]:
    try:
        eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.msg)
