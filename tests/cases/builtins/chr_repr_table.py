# repr() and ascii() of every code point 0..255 and a sample of higher code points (escape rules of str repr)
for start in range(0, 256, 16):
    print(start, ' '.join(repr(chr(i)) for i in range(start, start + 16)))
for cp in (0x2028, 0x2029, 0x200b, 0xfeff, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x1f600, 0x10ffff, 0x0378, 0x0600, 0x00ad):
    print(hex(cp), repr(chr(cp)), ascii(chr(cp)), chr(cp).isprintable())
