# _codecs codec functions: utf-8/16/32 (incl. _ex and partial), escapes, latin-1/ascii, charmap, utf-7, readbuffer
import _codecs as c
tests = [
 lambda: c.utf_8_decode('x'), lambda: c.utf_8_decode(1), lambda: c.unicode_escape_decode(1), lambda: c.utf_8_encode(b'x'),
 lambda: c.utf_8_encode('x', 1), lambda: c.utf_8_decode(b'x', None, 1), lambda: c.utf_8_decode(b'\xe2\x82', None, False),
 lambda: c.utf_8_decode(b'\xe2\x82'), lambda: c.utf_8_decode(b'\xe2\x82', 'strict', True), lambda: c.utf_8_decode(bytearray(b'ab')),
 lambda: c.utf_16_decode(b'\xff'), lambda: c.utf_16_ex_decode(b'\xfe\xff\x00a'), lambda: c.utf_16_ex_decode(b'a\x00', 'strict', 1),
 lambda: c.utf_16_ex_decode(b'\xff\xfea\x00', 'strict', 1), lambda: c.utf_16_encode('a', None, 1), lambda: c.utf_16_encode('a', None, -1), lambda: c.utf_16_encode('a'),
 lambda: c.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), lambda: c.utf_32_encode('a', 'strict', 5),
 lambda: c.escape_encode(b'a\n\t\x00\xff\'"\\'), lambda: c.escape_encode('x'), lambda: c.escape_decode(b'a\\n\\x41\\101\\q\\'), lambda: c.escape_decode(b'\\x4'),
 lambda: c.escape_decode('\\n\u20ac'), lambda: c.escape_decode(b'\\x4', 'ignore'), lambda: c.escape_decode(b'\\x4', 'replace'), lambda: c.escape_decode(b'\\x4', 'bogus'),
 lambda: c.unicode_escape_decode(b'a\\n\\u20ac\\U0001f600\\N{DIGIT ONE}\\x41\\101\xe9'), lambda: c.unicode_escape_decode(b'\\u20'), lambda: c.unicode_escape_decode(b'\\U00110000'),
 lambda: c.unicode_escape_decode(b'\\N{NOPE}'), lambda: c.unicode_escape_decode(b'\\N'), lambda: c.unicode_escape_decode(b'ab\\', 'strict', False), lambda: c.unicode_escape_decode(b'ab\\'),
 lambda: c.unicode_escape_decode(b'\\u20', 'replace'), lambda: c.unicode_escape_decode(b'\\u20', 'ignore'), lambda: c.unicode_escape_decode(b'\\u20', 'backslashreplace'), lambda: c.unicode_escape_decode(b'x\\u20a', 'strict', False),
 lambda: c.unicode_escape_encode('a\n\t\r\\\'"\x00\x7f\xe9\u20ac\U0001f600'), lambda: c.raw_unicode_escape_encode('a\\\n\xe9\u20ac\U0001f600'),
 lambda: c.raw_unicode_escape_decode(b'a\\u20ac\\n\\U0001f600\\x41\xe9'), lambda: c.raw_unicode_escape_decode(b'\\u20'), lambda: c.raw_unicode_escape_decode(b'\\u20', 'strict', False),
 lambda: c.latin_1_encode('a\xe9'), lambda: c.latin_1_encode('\u20ac'), lambda: c.ascii_decode(b'a\xff', 'replace'), lambda: c.latin_1_decode(b'\xff'),
 lambda: c.readbuffer_encode('\u20ac'), lambda: c.readbuffer_encode(bytearray(b'x')), lambda: c.readbuffer_encode(1),
 lambda: c.charmap_decode(b'abc', None, 'xyz'), lambda: c.charmap_decode(b'abd', None, 'xyz'), lambda: c.charmap_decode(b'\x00\x01', None, {0: 'A', 1: 66}), lambda: c.charmap_decode(b'\x00\x01', None, {0: None}),
 lambda: c.charmap_decode(b'\x00', None, {0: 1.5}), lambda: c.charmap_decode(b'\x00', None, {0: 0x110000}), lambda: c.charmap_decode(b'\xe9'), lambda: c.charmap_decode(b'ab', 'replace', 'a\ufffe'),
 lambda: c.charmap_encode('ab', None, {97: 1, 98: b'xy'}), lambda: c.charmap_encode('abc', None, {97: 1}), lambda: c.charmap_encode('a', None, {97: 300}), lambda: c.charmap_encode('a', None, {97: 'x'}),
 lambda: c.charmap_encode('a\xe9'), lambda: c.charmap_encode('ab', 'replace', c.charmap_build('\x00a?')), lambda: type(c.charmap_build('\x00ab')), lambda: c.charmap_build('ab'),
 lambda: c.charmap_encode('a\u20ac', 'strict', c.charmap_build(''.join(map(chr, range(256))))), lambda: c.charmap_encode('a\xe9', 'xmlcharrefreplace', {97: 97, 38: 38, 35: 35, 59: 59, 50:50, 51:51, 48:48}),
 lambda: c.utf_7_encode('a+b\u20ac~\\ \U0001f600'), lambda: c.utf_7_decode(b'a+-b+IKw-'), lambda: c.utf_7_decode(b'+IKw'), lambda: c.utf_7_decode(b'+IKw', 'strict', True), lambda: c.utf_7_decode(b'+2D3eAA-'), lambda: c.utf_7_decode(b'\xff'),
 lambda: c.utf_32_decode(b'a\x00\x00'), lambda: c.utf_32_decode(b'a\x00\x00', None, True), lambda: c.ascii_encode('a\xe9', 'backslashreplace'),
]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
