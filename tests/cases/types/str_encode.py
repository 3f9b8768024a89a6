# str.encode and bytes.decode across codecs (utf-8/16/32, latin-1, ascii, cp1252?) with error handlers, and error attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'aé€\U0001f600'
for enc in ('utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'latin-1', 'ascii', 'utf_8', 'UTF8', 'U8', 'iso-8859-1'):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
        t(lambda: s.encode(enc, errors))
t(lambda: 'x'.encode())
t(lambda: '\ud800'.encode('utf-8'))
t(lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: '\udcff'.encode('utf-8', 'surrogateescape'))
t(lambda: b'\xff'.decode('utf-8', 'surrogateescape'))
t(lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
t(lambda: 'x'.encode('nope'))
t(lambda: 'x'.encode(errors='nope'))
t(lambda: 'é'.encode('ascii', 'nope'))
t(lambda: 'x'.encode(1))
t(lambda: len('x'.encode('utf-16')))
t(lambda: 'x'.encode('utf-16').decode('utf-16'))
try:
    'abé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b'ab\xc3('.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
for b in (b'\xc3', b'\xe2\x82', b'\xf0\x9f\x98', b'\x80', b'\xc0\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'a\xffb\xfe'):
    t(lambda: b.decode('utf-8'))
    t(lambda: b.decode('utf-8', 'replace'))
t(lambda: b'\xff\xfe'.decode('utf-16'))
t(lambda: b'a\x00b'.decode('utf-16-le'))
t(lambda: b'a\x00b'.decode('utf-16-be'))
