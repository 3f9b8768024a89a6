# float() parsing details: unicode whitespace and digits, underscores, case-insensitive inf/nan, overflow to inf, subnormals, bytes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ('1.7976931348623157e308', '1.7976931348623159e308', '2e308', '4.9e-324', '2.4e-324', '2.5e-324', '1e-400',
          '0.1e1', '1E+2', '-1.e-2', '+.1', '00012.5000', '1_2.3_4e1_0', 'InFiNiTy', '+nan', '-nAn', 'infinit',
          'nan(1)', '1e', 'e1', '.', '-', '1.2.3', '1e1.5', '\u00a01.5\u2000', '\u0661.\u0662', '12_', '1._5',
          '1_.5', '0x1p3', '1,5', '9' * 400, '0.' + '0' * 400 + '1', ' \t\n'):
    t(lambda: float(s))
t(lambda: float(b'  -2.5e3 '))
t(lambda: float(b'\xa01'))
t(lambda: float(memoryview(b'7.5')))
t(lambda: float('1' * 310))
t(lambda: float('-' + '1' * 310))
t(lambda: float('0e999999'))
t(lambda: float('1e-999999'))
t(lambda: float('1e999999'))
