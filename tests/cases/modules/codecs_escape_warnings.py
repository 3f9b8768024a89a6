# _codecs escape decoders: invalid-escape DeprecationWarnings, raw escapes, \N names, trailing backslashes
import _codecs as c
for f in [lambda: c.escape_decode(b'\\q\\400'), lambda: c.escape_decode(b'\\400'), lambda: c.unicode_escape_decode(b'\\q\\z'), lambda: c.unicode_escape_decode(b'\\777'),
          lambda: c.raw_unicode_escape_decode(b'a\\'), lambda: c.raw_unicode_escape_decode(b'a\\', None, False), lambda: c.raw_unicode_escape_decode(b'\\U00110000'), lambda: c.raw_unicode_escape_decode(b'\\u12x4', 'replace'),
          lambda: c.unicode_escape_decode(b'\\u12x4', 'replace'), lambda: c.unicode_escape_decode('\\u20ac\u20ac'), lambda: c.unicode_escape_decode(b'\\N{', 'strict', False), lambda: c.unicode_escape_decode(b'\\N{}'), lambda: c.unicode_escape_decode(b'\\N{digit one}'),
          lambda: c.unicode_escape_encode('\ud800'), lambda: c.raw_unicode_escape_encode('\ud800\\u')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
