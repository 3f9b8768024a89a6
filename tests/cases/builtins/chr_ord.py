# chr() and ord(): ranges, surrogates, bytes/bytearray arguments, and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for i in (0, 9, 65, 127, 128, 255, 0x3b1, 0xd800, 0xffff, 0x10000, 0x1f600, 0x10ffff):
    print(i, ascii(chr(i)), ord(chr(i)) == i)
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**100))
t(lambda: chr(1.0))
t(lambda: chr('a'))
t(lambda: chr(True))
t(lambda: ord('a'))
t(lambda: ord('€'))
t(lambda: ord(b'a'))
t(lambda: ord(bytearray(b'\xff')))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(b'ab'))
t(lambda: ord(b''))
t(lambda: ord(1))
t(lambda: ord(None))
t(lambda: ord())

class I:
    def __index__(self):
        return 97
t(lambda: chr(I()))
