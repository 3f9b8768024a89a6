# float formatting: format()/f-string specs e/f/g/%/n-less, precision, alignment, sign, z flag, thousands separators, inf/nan
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 1234.5678
for spec in ('', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '+.2f', ' .2f',
             '-.2f', '12.3f', '<12.3f', '^12.3f', '>12.3f', '=+12.3f', '*^14.2f', '012.2f', ',.2f', '_.3f', ',',
             '.3', 'r', 'd', 'x', '.2s', ',.2e', '_g'):
    t(lambda: format(x, spec))
for v in (0.0, -0.0, 1e-10, 1e16, 123456789.0, 0.5, 2.5, float('inf'), -float('inf'), float('nan')):
    print(repr(v), format(v, ''), format(v, 'g'), format(v, '.1f'), format(v, 'e'), format(v, '+08.2f'))
t(lambda: format(-0.0, 'z.1f'))
t(lambda: format(-0.00001, 'z.2f'))
t(lambda: format(-0.00001, '.2f'))
t(lambda: format(2.675, '.2f'))
t(lambda: format(1e22, 'f'))
t(lambda: format(0.1, '.20f'))
t(lambda: format(1.0, '#g'))
t(lambda: format(1.5, '#.0e'))
t(lambda: format(123.456, '.0e'))
t(lambda: f'{3.14159:{"."}{3}f}')
t(lambda: format(1.25, '.1f'))
t(lambda: format(1.35, '.1f'))
t(lambda: format(12345.678, ',.1f'))
t(lambda: format(1234567.0, '.3,'))
t(lambda: format(1234567.891, ',.4_f'))
