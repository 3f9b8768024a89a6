# print() of many object kinds: str() conversions of containers with nested reprs, floats, special characters, custom __str__ in containers
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S())
print([S()], (S(),), {S(): S()} if False else {'k': S()})
print(1.0, 1e100, 1e-7, 0.1 + 0.2, -0.0, float('nan'))
print('quote\'s', ["quote's"], ['"'], ['\''], ['\n'], ['\t'], ['\\'])
print(b'bytes', [b'bytes'], bytearray(b'ba'))
print(None, True, [None, False])
print(1j, [1j], -1j, [0j])
print({1, 2, 3}, frozenset({4}))
print(range(3), slice(1, 2), ...)
print(int, str, type(None))
print(len, print)
print(['é', 'ß', '日本', '\U0001f600', '\x00', '\u200b'])
print('é', 'ß', '日本', '\U0001f600')
print((), (1,), [()], [[]], {'a': {}})
print(10**30, -10**30)
print(2.5e-5, 123456789.123456789)
print('a', 1, sep='')
print('multi\nline')
print(end='no newline then ')
print('newline')
print('%s|%r' % ('x', 'x'))
print(str.__name__, repr(str.__name__))
