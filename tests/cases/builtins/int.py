# int(): construction from numbers, strings in bases 0/2-36, __int__/__index__/__trunc__, float truncation, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: int())
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(True))
t(lambda: int('  -42\n'))
t(lambda: int('+7'))
t(lambda: int('1_000_000'))
t(lambda: int('ff', 16))
t(lambda: int('0xff', 16))
t(lambda: int('0xff', 0))
t(lambda: int('0o17', 0))
t(lambda: int('0b101', 0))
t(lambda: int('017', 0))
t(lambda: int('0', 0))
t(lambda: int('00', 0))
t(lambda: int('z', 36))
t(lambda: int('ZZ', 36))
t(lambda: int('12', 3))
t(lambda: int('٣٤'))
t(lambda: int(b'12'))
t(lambda: int(bytearray(b'-5'), 8))
t(lambda: int('12', 37))
t(lambda: int('12', 1))
t(lambda: int(12, 10))
t(lambda: int('3', base=4))
t(lambda: int('2', 2))
t(lambda: int(''))
t(lambda: int('1.5'))
t(lambda: int('1__0'))
t(lambda: int('0x_1f', 16))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(1j))
t(lambda: int(x=1))
class I:
    def __int__(self):
        return 5
class Ix:
    def __index__(self):
        return 6
class BadInt:
    def __int__(self):
        return 'no'
class Tr:
    def __trunc__(self):
        return 7
t(lambda: int(I()))
t(lambda: int(Ix()))
t(lambda: int(BadInt()))
t(lambda: int(Tr()))
t(lambda: int('123456789' * 5))
t(lambda: int('-' + '9' * 30, 16))
class MyInt(int):
    pass
t(lambda: type(int(MyInt(3))).__name__)
t(lambda: MyInt('10', 2) + 1)
