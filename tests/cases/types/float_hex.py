# float.hex() and float.fromhex(): normal, subnormal, zero, inf/nan, parsing variants, rounding, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 3.0, 1e100, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan')):
    t(lambda: x.hex())
for s in ('0x1p0', '0x1.8p1', '0X1.FFFFFFFFFFFFFP+1023', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '  -0x1.0p-1  ', 'inf', '-Infinity', 'nan', '1', '0x10',
          '0x.8', '0x1.', '0x1p+2', 'ff', '0x1p1024', '0x1p', '0xg', '', '0x1.8p1 x', '0x_1p0'):
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1))
class F(float):
    pass
t(lambda: type(F.fromhex('0x1p0')).__name__)
t(lambda: F.fromhex('0x1p3'))
t(lambda: float.fromhex(float.hex(0.1)) == 0.1)
