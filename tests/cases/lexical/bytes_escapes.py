# Bytes escape sequences and how bytes reprs choose quotes and escapes.
b = b"\a\b\f\n\r\t\v\\\'\"\x00\x7f\x80\xff\101\7"
print(list(b))
print(repr(b))
print(repr(bytes(range(32))))
print(repr(bytes(range(120, 130))))
print(b"'", b'"', b"'\"", b"\x27\x22")
print(rb"\x00", len(rb"\x00"), rb"\\", b"\\N{DASH}")
