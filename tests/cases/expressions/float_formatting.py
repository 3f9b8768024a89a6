# repr/str of floats (shortest round-trip) and format specs.
for v in [0.1, 1 / 3, 2 / 3, 1e16, 1.5e16, 1e-5, 0.0001, 123456789.0, 1234567890123456789.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, -0.0, 3.0e-10]:
    print(repr(v), str(v), f"{v:g}", f"{v:.3e}")
print(f"{1234.5678:.2f} {1234.5678:10.1f}| {1234.5678:<10.1f}| {0.000123:.2g} {1e6:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{1.0:#g} {1.0:g} {100000.0:g} {1000000.0:g} {1e-4:g} {1e-5:g} {12345.6789:.3g}")
print(f"{3.14159:+.2f} {-3.14159:+.2f} {3.14159: .2f} {float('inf'):f} {float('-inf'):.2f} {float('nan'):g} {float('nan'):F}")
print(f"{0.5:%} {1 / 8:.1%} {1234567.891:,.2f} {1234567.891:_.1f} {42.0:010.3f} {-42.0:010.3f}")
print(format(1e-7, ""), format(1.5, "e"), format(1.5, "E"), format(1e300 * 10, "e"), format(0.1, ".20f"))
print(round(0.1 + 0.2, 15), round(1.005, 2), round(-2.5), round(2.675, 2), round(1e-10, 5))
print(float("1e500"), float("-1e500"), float(" -12.5e-1 "), float("infinity"), float("-Infinity"), float("+nan"))
