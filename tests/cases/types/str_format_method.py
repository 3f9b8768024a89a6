# str.format(): auto/manual numbering, keywords, attribute and index lookup, conversions, nested specs, braces, errors; format_map
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 1
    y = [10, 20]
    def __format__(self, spec):
        return 'P(' + spec + ')'
    def __repr__(self):
        return 'P-repr'
    def __str__(self):
        return 'P-str'
t(lambda: '{} {}'.format(1, 2))
t(lambda: '{1} {0} {1}'.format('a', 'b'))
t(lambda: '{name}-{0}'.format(5, name='n'))
t(lambda: '{0.x} {0.y[1]}'.format(P()))
t(lambda: '{d[key]} {d[0]}'.format(d={'key': 'v', 0: 'zero', '0': 'str-zero'}))
t(lambda: '{l[-1]}'.format(l=[1, 2]))
t(lambda: '{0[1]}'.format('xyz'))
t(lambda: '{!r} {!s} {!a}'.format(P(), P(), 'é'))
t(lambda: '{:spec}'.format(P()))
t(lambda: '{0!r:>10}'.format('a'))
t(lambda: '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
t(lambda: '{:{}{}}'.format('x', '>', 4))
t(lambda: '{{}} {{{0}}}'.format(7))
t(lambda: '{} {1}'.format(1, 2))
t(lambda: '{0} {}'.format(1, 2))
t(lambda: '{}'.format())
t(lambda: '{2}'.format(1))
t(lambda: '{x}'.format(y=1))
t(lambda: '{0.nope}'.format(1))
t(lambda: '{0[5]}'.format([1]))
t(lambda: '{'.format())
t(lambda: '}'.format())
t(lambda: '{!x}'.format(1))
t(lambda: '{0!}'.format(1))
t(lambda: '{:{:{}}}'.format(1, 2, 3))
t(lambda: '{0:}'.format(5))
t(lambda: '{0[a]}'.format({'a': 1}))
t(lambda: '{0[]}'.format({}))
t(lambda: '{0.}'.format(1))
t(lambda: '{ 0 }'.format(1))
t(lambda: '{-1}'.format(1))
t(lambda: '{:d}'.format('s'))
t(lambda: '{0:>{1}}'.format('x', 'a'))
t(lambda: '{a}{b}'.format_map({'a': 1, 'b': 2}))
class Missing(dict):
    def __missing__(self, k):
        return '<' + k + '>'
t(lambda: '{a} {b}'.format_map(Missing(a='A')))
t(lambda: '{}'.format_map({}))
t(lambda: '{0}'.format_map([1]))
t(lambda: '{:%Y}'.format(1))
t(lambda: '{:,}'.format(1234567))
t(lambda: '{0:_^{1}}'.format('mid', 11))
