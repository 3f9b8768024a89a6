# format(): builtin format() with specs for several types, __format__ hooks, default spec, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: format(42))
t(lambda: format(42, ''))
t(lambda: format(42, '5'))
t(lambda: format(42, '<5'))
t(lambda: format(42, '^7'))
t(lambda: format(42, '*>+8'))
t(lambda: format(42, 'x'))
t(lambda: format(255, '#X'))
t(lambda: format(10**6, ','))
t(lambda: format(10**6, '_'))
t(lambda: format(3.14159, '.2f'))
t(lambda: format(3.14159, 'e'))
t(lambda: format(0.5, '%'))
t(lambda: format('abc', '>6'))
t(lambda: format('abc', '.2'))
t(lambda: format(1 + 2j, '.1f'))
t(lambda: format(True))
t(lambda: format(True, 'd'))
t(lambda: format(None))
t(lambda: format(None, 's'))
t(lambda: format([1, 2]))
t(lambda: format([1, 2], 'x'))
t(lambda: format(object, ''))
t(lambda: format('s', 'd'))
t(lambda: format(1.5, 'd'))
t(lambda: format(1, 's'))
t(lambda: format(1, 5))
t(lambda: format())

class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
t(lambda: format(F()))
t(lambda: format(F(), 'xyz'))
t(lambda: f'{F():abc}')
class Bad:
    def __format__(self, spec):
        return 1
t(lambda: format(Bad()))
class Plain:
    def __str__(self):
        return 'plain-str'
t(lambda: format(Plain()))
t(lambda: format(Plain(), '>12'))
