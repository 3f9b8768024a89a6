# format mini-language for int: fill/align/sign/#/0/width/grouping/precision errors and every type code (b c d o x X n e f g %)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ('', 'd', '5d', '<5', '>5', '^5', '=5', '+', '-', ' ', '+5', '05', '08,', '_', ',', '_b', '_x', '#b', '#o',
             '#x', '#X', '#08x', 'b', 'o', 'x', 'X', 'c', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'n', '*^+9',
             '0=+8', 'z', '.3', '.2d', ',b', 's', ',c', '#c', '+c', 'q'):
    t(lambda: format(42, spec))
for n in (0, -7, 255, -255, 10**12, -(2**70)):
    print(n, format(n, ','), format(n, '_x'), format(n, '#o'), format(n, '+015_d'), format(n, ' b'))
t(lambda: format(-1, 'c'))
t(lambda: format(0x110000, 'c'))
t(lambda: format(65, '>5c'))
t(lambda: format(10**30, 'e'))
t(lambda: format(10**30, 'g'))
t(lambda: format(2**60, 'f'))
t(lambda: format(3, '02,d'))
t(lambda: format(1234, '0,'))
t(lambda: format(1234567, '012,'))
t(lambda: format(12345, '09_'))
t(lambda: format(5, ',_'))
t(lambda: format(5, '__'))
t(lambda: format(True, 'x'))
