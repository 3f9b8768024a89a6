# Every operator and delimiter token.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, ~a)
print(a << 2, a >> 2, a & b, a | b, a ^ b)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
c = 3
c += 1; print(c)
c -= 1; print(c)
c *= 3; print(c)
c /= 2; print(c)
c //= 2; print(c)
c %= 3; print(c)
c = 5
c **= 2; print(c)
c >>= 1; print(c)
c <<= 2; print(c)
c &= 0xF; print(c)
c |= 1; print(c)
c ^= 0xFF; print(c)
class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
m = M()
print(m @ m)
m @= 1; print(m)
print((n := 10), n)
print([1, 2, 3][::-1], {"k": 1}["k"], (1,), f"{a}")
f = lambda x: x
print(f(1), ...)
def g() -> int: return 1
print(g.__annotations__)
