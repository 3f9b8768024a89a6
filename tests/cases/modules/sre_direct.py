# _sre without the re package: constants, case helpers, and patterns compiled from code lists that CPython 3.14's re._compiler produces.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 223, 0x130)])
print([_sre.unicode_iscased(c) for c in (65, 48, 223, 0x130, 0x131, 0x3c2, 0x1c5, 0xfb00, 0x10400, 0x2160)])
print([_sre.ascii_tolower(c) for c in (65, 90, 91, 0xc0, 0x130)])
print([_sre.unicode_tolower(c) for c in (65, 0xc0, 0x130, 0x3a3, 0x1c5, 0x212a, 0x10400, 0x1e9e)])
for f in (_sre.ascii_iscased, _sre.unicode_tolower):
    for bad in ('a', 1.5, 2**40):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
# 'a+b'
INFO, REPEAT_ONE, LITERAL, SUCCESS = 14, 24, 16, 1
p = _sre.compile('a+b', 32, [INFO, 4, 0, 2, 4294967295, REPEAT_ONE, 6, 1, 2147483647, LITERAL, 97, SUCCESS, LITERAL, 98, SUCCESS], 0, {}, ())
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.match('aaab'), p.search('xxaab'), p.fullmatch('ab'), p.findall('ab aab b'), p.split('xabyaabz'))
print(p.sub('-', 'abxab'), p.subn(lambda m: m.group().upper(), 'abxaab'))
# '(?P<w>\w+) (?P=w)'
code = [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 2147483647, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 11, 0, 1]
q = _sre.compile(r'(?P<w>\w+) (?P=w)', 32, code, 1, {'w': 1}, (None, 'w'))
m = q.search('say bye bye now')
print(m, m.groups(), m.groupdict(), m.lastgroup, m.lastindex, m.regs, q.groupindex)
# '(a|b)*c'
code = [14, 4, 0, 1, 4294967295, 23, 13, 0, 2147483647, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1]
r = _sre.compile('(a|b)*c', 32, code, 1, {}, ())
print(r.match('abbac'), r.match('abbac').span(1), len(r.match('ab' * 50000 + 'c').group()))
print(r == _sre.compile('(a|b)*c', 32, code, 1, {}, ()), r == p, r != p)
t = _sre.template(p, ['<', 0, '>'])
print(type(t).__name__)
for code in ([1, 2, 3], [], [16, 97], [15, 0, 1], [14, 4, 0, 1, 1, 16, 97, 1], [17, 5, 1]):
    try:
        print(_sre.compile('x', 0, code, 0, {}, ()))
    except RuntimeError as e:
        print('RuntimeError', e)
for bad in [('x', 0, (1,), 0, {}, ()), ('x', 0, [1], 0, [], ()), ('x', 0, [1], 0, {}, []), ('x', 0, [1, -1], 0, {}, ()),
            ('x', 0, [2**70], 0, {}, ()), ('x', 0, ['a'], 0, {}, ()), (1, 0, [1], 0, {}, ())]:
    try:
        print(_sre.compile(*bad))
    except (TypeError, OverflowError, RuntimeError) as e:
        print(type(e).__name__, e)
