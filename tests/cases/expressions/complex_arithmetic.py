# Complex arithmetic and its errors.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate())
print(a ** 2, a ** 0, a ** 0.5, (1j) ** 2, 2 ** 1j == 2 ** 1j)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, 1j * 1j == -1)
print(complex(3), complex(1, 2), complex("5-6j"), complex(1.5, -0.5))
print((0j).real, (2j).imag, type(a.real).__name__)
print(1 + 1j * 0, (1 + 2j) * 0, 0 * (1 + 2j), 1j / 2, 1 / 1j)
for expr in ["1j / 0", "1j // 1", "1j % 2", "1j < 2j", "divmod(1j, 1)", "int(1j)", "float(1j)", "0j ** -1", "complex('1+')"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(f"{expr:16}", type(e).__name__, e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(complex(float("inf"), float("nan"))))
print(round(abs(1 + 1j), 10), (1 + 1j) ** 2, (2 + 0j) ** 3)
