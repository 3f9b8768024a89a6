# three-argument pow() over many bases/exponents/moduli including negative bases, negative moduli and modular inverses (ValueError cases)
for mod in (1, 2, 7, 10, -7, 97, 2**61 - 1):
    print(mod, [pow(b, e, mod) for b in (-3, 0, 2, 5) for e in (0, 1, 5)])
for base in range(1, 12):
    row = []
    for mod in (7, 12, 13):
        try:
            row.append(pow(base, -1, mod))
        except ValueError as e:
            row.append(str(e))
    print(base, row)
print(pow(123456789, 987654321, 10**9 + 7))
print(pow(-2, 3, -5), pow(2, 3, -5), pow(-2, -1, 5), pow(3, -2, -7))
print(pow(2**200 + 1, -1, 2**127 - 1) * (2**200 + 1) % (2**127 - 1))
