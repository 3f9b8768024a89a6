# Integer literals in every base, with underscores and leading zeros.
print(0, 00, 0_0, 7, 1_000_000)
print(0x1F, 0X1f, 0xdead_beef, 0x_ff)
print(0o17, 0O17, 0o_7_7)
print(0b1011, 0B1011, 0b_1_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0x80, -0o10, -0b1)
print(type(0x10).__name__, type(10**30).__name__)
print(1_2_3 + 4_5)
print(2**100 == 0x10000000000000000000000000)
for text in ["0x", "1__0", "0b2", "0o8", "1_", "09"]:
    try:
        eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.msg)
