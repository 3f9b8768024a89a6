# custom error handlers registered with _codecs.register_error, used by str.encode / bytes.decode
import _codecs

def h(exc):
    print('h', type(exc).__name__, exc.start, exc.end)
    return ('<%s>' % ascii(exc.object[exc.start:exc.end]), exc.end)
_codecs.register_error('mine', h)
print('a\xe9\u20acb'.encode('ascii', 'mine'))
print('a\xe9\u20acb'.encode('latin-1', 'mine'))
print('a\ud800b'.encode('utf-8', 'mine'), 'a\ud800b'.encode('utf-16-le', 'mine'))
def hd(exc):
    return ('[%r]' % exc.object[exc.start:exc.end], exc.end)
_codecs.register_error('mined', hd)
print(b'a\xff\xfeb'.decode('utf-8', 'mined'), b'a\xffb'.decode('ascii', 'mined'), b'a\x00\x00'.decode('utf-16-le', 'mined'))
print(_codecs._unregister_error('mine'), _codecs._unregister_error('mine'))
try: 'x\xe9'.encode('ascii', 'mine')
except LookupError as e: print(e)
def bad(exc): return 1
_codecs.register_error('bad', bad)
for f in [lambda: '\xe9'.encode('ascii', 'bad'), lambda: b'\xff'.decode('ascii', 'bad')]:
    try: f()
    except TypeError as e: print(e)
def far(exc): return ('', 100)
_codecs.register_error('far', far)
try: '\xe9'.encode('ascii', 'far')
except IndexError as e: print(e)
def back(exc): return ('X', -1)
_codecs.register_error('back', back)
print('a\xe9b'.encode('ascii', 'back'))
def byt(exc): return (b'\xff\xfe', exc.end)
_codecs.register_error('byt', byt)
print('a\xe9b'.encode('ascii', 'byt'))
def uni(exc): return ('\xe9', exc.end)
_codecs.register_error('uni', uni)
try: print('a\u20acb'.encode('ascii', 'uni'))
except UnicodeEncodeError as e: print(e)
print('a\u20acb'.encode('latin-1', 'uni'))
print('x'.encode('utf-8', 'bogus'), b'x'.decode('ascii', 'bogus'))
for f in [lambda: '\xe9'.encode('ascii', 'bogus'), lambda: b'\xff'.decode('utf-8', 'bogus')]:
    try: f()
    except LookupError as e: print(e)
