# _codecs error handlers called directly, and the registry: search functions, text-encoding checks, errors noted
import _codecs as c

# the standard handlers called directly
enc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'bad')
dec = UnicodeDecodeError('utf-8', b'a\xff\xfe\x80b', 1, 4, 'bad')
tr = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'bad')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = c.lookup_error(name)
    print(name, h.__name__)
    for e in [enc, dec, tr, ValueError('x'), 1]:
        try: print('  ', repr(h(e)))
        except Exception as x: print('  ', type(x).__name__, x)
print(c.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', '\udc80\udcff', 0, 2, 'x')))
print(c.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', '\ud800\udfff', 0, 2, 'x')))
print(c.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-be', '\ud800', 0, 1, 'x')))
print(c.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 3, 'x')))
print(c.lookup_error('surrogatepass')(UnicodeDecodeError('utf-32-le', b'\x00\xd8\x00\x00', 0, 4, 'x')))

# a codec found by a registered search function
class Info(tuple):
    def __new__(cls, enc, dec, text=True):
        self = tuple.__new__(cls, (enc, dec, None, None))
        self._is_text_encoding = text
        return self

def up_enc(s, errors='strict'): return (s.upper().encode('ascii', errors), len(s))
def up_dec(b, errors='strict'): return (bytes(b).decode('ascii', errors).lower(), len(b))
def search(name):
    print('search', repr(name))
    if name == 'my_upper':
        return Info(up_enc, up_dec)
    if name == 'my_bin':
        return Info(lambda s, e='strict': (s, 0), lambda b, e='strict': (b, 0), False)
    if name == 'my_wrong':
        return Info(lambda s, e='strict': ([1], 0), lambda b, e='strict': (1, 0))
    if name == 'my_short':
        return (1, 2)
    if name == 'my_bad':
        return Info(lambda s, e='strict': 1, lambda b, e='strict': int('x'))
    return None
c.register(lambda name: None)
c.register(search)
print('abc'.encode('My-Upper'), b'ABC'.decode('my upper'), str(b'XY', 'my_upper'))
print(c.encode('abc', 'my_upper'), c.decode(b'ABC', encoding='my_upper'), c.lookup('MY_UPPER') is c.lookup('my_upper'))
for f in [lambda: 'x'.encode('my_bin'), lambda: b'x'.decode('my_bin'), lambda: c.encode('x', 'my_bin'),
          lambda: 'x'.encode('my_wrong'), lambda: b'x'.decode('my_wrong'), lambda: c.lookup('my_short'),
          lambda: 'x'.encode('my_bad'), lambda: b'x'.decode('my_bad'), lambda: c.encode('x', 'my_nothing'),
          lambda: 'é'.encode('my_upper'), lambda: 'é'.encode('my_upper', 'replace'), lambda: c.encode('x', 1), lambda: c.lookup(1),
          lambda: c.encode(), lambda: c.register_error('x', 1), lambda: c.register_error(1, len), lambda: c.lookup_error(1)]:
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x, getattr(x, '__notes__', ''))
c.unregister(search)
try: c.lookup('my_upper')
except LookupError as x: print(x)
