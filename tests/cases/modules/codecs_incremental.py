# incremental decoders: every prefix of encoded text, final=False then True
import _codecs as c
text = 'a\xe9\u20ac\U0001f600+-~\\ b'
cases = [('utf_8', c.utf_8_encode, c.utf_8_decode), ('utf_16', c.utf_16_encode, c.utf_16_decode),
         ('utf_16_le', c.utf_16_le_encode, c.utf_16_le_decode), ('utf_16_be', c.utf_16_be_encode, c.utf_16_be_decode),
         ('utf_32', c.utf_32_encode, c.utf_32_decode), ('utf_32_be', c.utf_32_be_encode, c.utf_32_be_decode),
         ('utf_7', c.utf_7_encode, c.utf_7_decode), ('unicode_escape', c.unicode_escape_encode, c.unicode_escape_decode),
         ('raw_unicode_escape', c.raw_unicode_escape_encode, c.raw_unicode_escape_decode)]
for name, enc, dec in cases:
    data, n = enc(text)
    print(name, data, n)
    for k in range(len(data) + 1):
        part = data[:k]
        res = []
        for final in (False, True):
            for errors in ('strict', 'replace', 'backslashreplace', 'surrogateescape', 'ignore'):
                try: res.append(dec(part, errors, final))
                except UnicodeDecodeError as e: res.append((e.reason, e.start, e.end))
        print(' ', k, *res)
for data in [b'\xff\xfe\x00\xd8\x00\xdc', b'\x00\xd8a\x00', b'\x00\xdc', b'\xff\xfe\x00\x00\x00\x00\x11\x00', b'\x00\xd8\x00\x00']:
    for dec in [c.utf_16_ex_decode, c.utf_32_ex_decode]:
        for order in (0, -1, 1):
            try: print(dec(data, 'replace', order, True), dec(data, 'strict', order, False))
            except UnicodeDecodeError as e: print(e)
for data in [b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xc0\x80', b'a\x80b']:
    for errors in ('strict', 'surrogatepass', 'surrogateescape', 'replace'):
        try: print(data, errors, c.utf_8_decode(data, errors, True))
        except UnicodeDecodeError as e: print(data, errors, e)
print(c.utf_7_decode(b'+AGEAYgBj-x+AGE', 'strict', False), c.utf_7_decode(b'+AGE', 'replace', True), c.utf_7_decode(b'+AG-', 'replace', True))
print(c.utf_7_decode(b'+2D3', 'replace', True), c.utf_7_decode(b'+2D3eAA', 'strict', False), c.utf_7_decode(b'+AGEx', 'strict', True))
print(c.utf_7_encode('\U0001f600a'), c.utf_7_encode('~'), c.utf_7_encode('a-b\u20ac-'), c.utf_7_encode('\u20ac\u20ac.'))
