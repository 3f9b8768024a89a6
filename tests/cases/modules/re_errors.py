# re.error messages with positions (line and column in multi-line patterns), type errors and _sre's own checks.
import re
import _sre

for pattern in ['(', ')', 'a**', '*a', '[a', '[z-a]', 'a{3,2}', '(?P<1>a)', '(?P<a>x)(?P<a>y)',
                '(?P=nope)', r'\1', '(?<=a+)b', '(?<!a|bc)x', '(?z)', '(?', r'\k',
                '(?i', '(?x', '(?P', '(?P<', '(?P<a', '(?#', r'(?(2)a|b)(a)', '(?(a)b)', '(a)(?(1)b|c|d)',
                'x\n(\ny', b'\n\n(', '[\\d-z]', r'[\w-\d]', '(?i)(?-i', 'a{,', '(?-a:x)', '(?a-u:x)', r'\777',
                '(?>', 'a++*', 'a{1,2}{3}', '(?P>x)', '(?P<a b>x)', '(?P<é>x)', r'(?P<x>a)(?P=x', r'\0\1']:
    try:
        re.compile(pattern)
        print(repr(pattern), 'ok')
    except re.error as e:
        print(repr(pattern), e.msg, e.pos, e.lineno, e.colno, '|', e)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
print(re.error is re.PatternError, re.error.__module__, re.error.__name__)
for args in [(1, 'a'), ('a', 1), ('a', b'a'), (b'a', 'a'), ('a', None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: re.compile('a').match('a', 'x'), lambda: re.compile('a').match('a', 2**70),
             lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 0, 1, 2),
             lambda: re.compile('a').match('a', nope=1), lambda: re.compile('a').split('a', 'b')]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    type(re.compile('a'))()
except TypeError as e:
    print('TypeError', e)
try:
    _sre.compile('a', 0, [1, 2, 3], 0, {}, ())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    _sre.compile('a', 0, [14, 4, 0, 1, 1, 16, 97, 1], 0, {}, ())
except RuntimeError as e:
    print('RuntimeError', e)
for args in [(None, []), (None, ['a', 1]), (None, ['a', -1, 'b']), (None, ['a', 'x', 'b']), (None, 'ab')]:
    try:
        print(_sre.template(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
