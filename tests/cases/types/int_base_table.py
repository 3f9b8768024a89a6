# integers rendered in every base: bin/oct/hex/format codes, int(s, base) back-conversion for bases 2..36 of a few values
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, base):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
for n in (0, 1, -1, 35, 36, 255, -4096, 2**64 - 1, 10**20):
    reps = [to_base(n, b) for b in range(2, 37)]
    assert all(int(s, b) == n for s, b in zip(reps, range(2, 37)))
    print(n, bin(n), oct(n), hex(n), format(n, 'X'), format(n, '#b'), reps[8], reps[34])
print([int('z' * k, 36) for k in range(1, 6)])
print([int('10', b) for b in range(2, 37)])
