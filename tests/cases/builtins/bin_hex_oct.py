# bin(), hex(), oct(): signs, zero, big ints, bools, __index__, and errors for non-integers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in (0, 1, -1, 7, -8, 255, 256, 2**64, -(2**100) + 1, True, False):
    print(n, bin(n), oct(n), hex(n))

class I:
    def __index__(self):
        return 42
t(lambda: bin(I()))
t(lambda: hex(I()))
t(lambda: oct(I()))

class BadI:
    def __index__(self):
        return 'no'
t(lambda: bin(BadI()))
t(lambda: hex(1.5))
t(lambda: oct('7'))
t(lambda: bin(None))
t(lambda: bin())
t(lambda: hex(1, 2))
t(lambda: int(bin(-123456789), 0))
t(lambda: int(hex(2**70), 16))
t(lambda: int(oct(-99), 8))
