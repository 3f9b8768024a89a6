# t-string parsing of debug specifiers, nested templates and format specs; Template/Interpolation constructor edge cases
x = 3
for tp in [t'{x=:>5}', t'{x=!s}', t'{x = }', t'{x=!a:^3}', t'{t"{x}"}', t'{x:{x}.{x}}', t'{"a" "b"}', t'''{x
!r}''']:
    print(tp.strings, [(i.value, i.expression, i.conversion, i.format_spec) for i in tp.interpolations])
print(t'{x}' + t'{x}' + t'')
T = type(t'')
I = type(t'{0}'.interpolations[0])
print(T('a', I(1, 'x'), I(2, 'y'), 'b').strings)
print(list(T('', '', I(1, 'x'), '')))
print(T(I(1, 'x')).values, T().values, T('x').values)
print(T.__new__.__doc__ is None, I.__new__.__text_signature__)
print(I(1, 'x', None, '') .conversion)
try: I(1, 'x', 's', None)
except TypeError as e: print(e)
try: T(b'x')
except TypeError as e: print(e)
