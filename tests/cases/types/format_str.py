# format mini-language for str: fill/align/width/precision, invalid flags (sign, #, 0, grouping) and type codes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ('', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', '^5.1s', '=10', '+', ' ', '#', '010', ',', '_',
             'd', 'x', '.0', '\x00<5', '{<4', '}>4', 'é^7'):
    t(lambda: format('hello', spec))
t(lambda: format('日本', '^6'))
t(lambda: format('', '*>3'))
t(lambda: format('abc', '.10'))
t(lambda: format('abc', '>0'))
t(lambda: format('abc', '1000000000000000000000'))
t(lambda: format('abc', '.1000000000000000000000'))
t(lambda: f'{"x":{"^"}{5}}')
t(lambda: f'{"x"!r:>6}')
t(lambda: f'{"x"!a:>6}')
t(lambda: f'{"é"!a}')
t(lambda: f'{"é"!s:3}|')
t(lambda: format(None, '>6'))
t(lambda: format(None, '6'))
t(lambda: format([1], '>6'))
t(lambda: format(b'ab', '>6'))
