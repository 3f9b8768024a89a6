# int() string parsing: bases 0 and 2..36, prefixes, underscores, whitespace, unicode digits, sign handling, error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s, base in (('0', 10), ('-0', 10), ('  +12  ', 10), ('1_2_3', 10), ('0b_1010', 0), ('0B11', 0), ('0o777', 0),
                ('0O1', 0), ('0x_dead_BEEF', 0), ('0XAB', 16), ('0b1', 2), ('0o7', 8), ('zz', 36), ('Zz', 36),
                ('10', 2), ('777', 8), ('-0x10', 0), ('0_0', 0), ('000', 0), ('0_1', 0), ('١٢', 10), ('𝟗', 10),
                ('\u2003 5 \u3000', 10), ('+-1', 10), ('1 2', 10), ('12a', 10), ('0x', 16), ('0b', 0),
                ('_', 10), ('1_', 10), ('9', 8), ('2', 2), ('0b2', 0), ('0xg', 0), ('', 16), ('z', 35)):
    t(lambda: int(s, base))
t(lambda: int('1' * 100))
t(lambda: int('-' + 'f' * 40, 16))
t(lambda: int('10', base=0))
t(lambda: int('10', -1))
t(lambda: int('10', 2**100))
t(lambda: int(b' 0x1F ', 16))
t(lambda: int(b'\xff'))
t(lambda: int('\x00'))
t(lambda: int('1\x002'))
t(lambda: int('1.0'))
t(lambda: int('1e3'))
t(lambda: int('inf'))
