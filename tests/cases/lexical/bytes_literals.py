# Bytes literals, escapes and reprs.
print(b"abc", B'abc', b'''x''', b"""y""")
print(b"\x00\xff\n\t", b"\101", b"\\")
print(list(b"AZaz"), b"ab" b"cd")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"\\u00e9", len(b"\\u00e9"))
print(bytes([0, 127, 128, 255]))
print(b"abc"[0], b"abc"[1:], type(b"a"[0]).__name__)
for text in ['b"\u00e9"', "b'caf\u00e9'"]:
    try:
        eval(text)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
