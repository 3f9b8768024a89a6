# _bz2 objects: argument and state errors, bounded decompression and needs_input
import _bz2, bz2
for f in [lambda: _bz2.BZ2Compressor(0), lambda: _bz2.BZ2Compressor(10), lambda: _bz2.BZ2Compressor('a'), lambda: _bz2.BZ2Compressor(compresslevel=3),
          lambda: _bz2.BZ2Decompressor(1), lambda: _bz2.BZ2Decompressor().decompress(b'xxxxxxxxxxxx'), lambda: _bz2.BZ2Decompressor().decompress('a'),
          lambda: bz2.decompress(b'BZh91AY'), lambda: _bz2.BZ2Compressor().compress('s')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c = _bz2.BZ2Compressor(); c.flush()
for f in [lambda: c.flush(), lambda: c.compress(b'x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor()
data=bz2.compress(b'hello'*1000)
print(d.decompress(data, max_length=10), d.needs_input, d.eof)
print(len(d.decompress(b'', 100)), d.needs_input, d.eof)
print(len(d.decompress(b'', -1)), d.needs_input, d.eof, d.unused_data)
try: d.decompress(b'x')
except Exception as e: print(type(e).__name__, e)
d=_bz2.BZ2Decompressor(); print(d.decompress(data+b'extra'), d.unused_data, d.needs_input)
d=_bz2.BZ2Decompressor(); print(d.decompress(data[:10]), d.needs_input, d.decompress(data[10:], 0), d.needs_input)

