# Bitwise operations on ints of all sizes and signs.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 70 - 1), (-(2 ** 70), 2 ** 65)]:
    print(a & b, a | b, a ^ b)
print(~(2 ** 100), -(2 ** 100) >> 98, (-1) << 70, (2 ** 100) >> 200, -(2 ** 100) >> 200)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (255).bit_count(), (-7).bit_count())
print(bin(-5), hex(-255), oct(-8), bin(0), hex(2 ** 64))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "big", signed=True), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(True << 3, False | 4, 6 & True, 1 << 0, 0 >> 5)
