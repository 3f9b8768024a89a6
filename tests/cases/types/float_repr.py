# float repr/str: shortest round-trip digits, exponent thresholds, signed zero, inf/nan, float literals
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 100.0, 1e22, 1e23,
          -1.5, -0.0, 0.0, float('inf'), -float('inf'), float('nan'), 3.141592653589793, 2.5e-10, 1.0e+100,
          4.35, 0.3, 1.1 * 1.1, 1e300 * 1e10):
    print(repr(x), str(x))
t(lambda: float.__repr__(1.25))
t(lambda: 1_000.5)
t(lambda: 0x10 + 0.0)
t(lambda: .5e1)
t(lambda: 1.e2)
t(lambda: float('0.1') == 0.1)
t(lambda: float(repr(0.1 + 0.2)) == 0.1 + 0.2)
t(lambda: [0.1 * i for i in range(8)])
