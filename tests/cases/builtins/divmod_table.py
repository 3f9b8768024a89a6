# divmod(), //, % over a grid of signed ints and floats (and big ints), checking the floor-division identity a == (a // b) * b + a % b
ints = [-7, -3, -1, 0, 1, 3, 7, 2**65, -(2**65)]
for a in ints:
    row = []
    for b in (-3, -1, 1, 2, 5, 2**33):
        q, r = divmod(a, b)
        assert q * b + r == a
        row.append((q, r))
    print(a if abs(a) < 100 else 'big', row)
floats = [-7.5, -0.5, 0.0, 0.5, 7.5]
for a in floats:
    print(a, [divmod(a, b) for b in (-2.0, -0.75, 0.75, 2.0)])
print([(-x) // 2 for x in range(6)])
print([x % -3 for x in range(-4, 5)])
print(divmod(10**30, 7), divmod(-10**30, 7))
