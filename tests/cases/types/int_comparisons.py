# int comparisons and ordering: mixed int/float/bool/Fraction-free, big int ordering, chained comparisons, sorting of mixed numbers, equality with non-numbers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 2**64, -(2**64), 2**1000, 0.5, -0.5, 1e300, float('inf'), float('-inf'), True, False]
print(sorted(vals, key=lambda v: (v, repr(v))))
for a, b in ((1, 1.0), (2**64, 2.0**64), (2**64 + 1, 2.0**64), (2**1024, float('inf')), (-2**1024, float('-inf')),
             (10**400, 1e308), (3, 3.0000000000000004), (True, 1), (0, -0.0)):
    print(a if a < 10**20 else 'big', b, a == b, a < b, a > b, a <= b, a >= b, a != b)
nan = float('nan')
t(lambda: [nan < 1, nan > 1, nan == 1, 1 < nan, 2**1000 < nan, nan != nan])
t(lambda: 1 < 2 < 3 < 2)
t(lambda: 1 == 1.0 == True)
t(lambda: 1 < 'a')
t(lambda: 1 == 'a')
t(lambda: 1 != None)
t(lambda: 0 == False == 0.0 == 0j)
t(lambda: 2**100 == 2**100)
t(lambda: -5 < -4)
t(lambda: 5 < True)
t(lambda: [1, 2] == [1.0, 2.0])
t(lambda: (1, 2) < (1.0, 2.5))
t(lambda: 1j == 1j)
t(lambda: 1 < 1j)
