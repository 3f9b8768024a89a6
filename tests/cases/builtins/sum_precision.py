# sum() of floats uses compensated (Neumaier) summation since 3.12: results for cancelling and many-small-term sums, compared with a naive loop
def naive(values, start=0):
    total = start
    for v in values:
        total += v
    return total

cases = [
    [0.1] * 10,
    [1e100, 1.0, -1e100],
    [1.0, 1e100, 1.0, -1e100],
    [1e16, 1.0, 1.0, -1e16],
    [0.1, 0.2, 0.3, -0.6],
    [1 / 3] * 3,
    [2.0 ** -60] * 1000 + [1.0],
    [1.0] + [2.0 ** -60] * 1000,
    [(-1) ** i * 1.0 / (i + 1) for i in range(1000)],
    [1e308, 1e308, -1e308],
    [float('inf'), 1.0],
    [0.5, 1, 2**53],
    [1e-16] * 10**4,
]
for values in cases:
    print(repr(sum(values)), repr(naive(values)))
print(repr(sum([0.1] * 10, 0.5)))
print(repr(sum([1, 2, 3.5, 2**60])))
print(repr(sum([1j * 0.1] * 10)))
print(repr(sum([0.1 + 0.1j] * 10)))
