# Decompression whose output grows far past the first buffer, with and without max_length
# (the output buffer grows in place), and compression output larger than one chunk.
import zlib

data = b"".join(b"line %06d of some text that compresses\n" % i for i in range(40000))
packed = zlib.compress(data)
print(len(data), zlib.decompress(packed) == data, zlib.crc32(zlib.decompress(packed)))
print(zlib.decompress(packed, bufsize=1) == data, zlib.decompress(zlib.compress(b"")) == b"")
raw = zlib.compress(bytes(range(256)) * 3000, 0)
print(len(raw) > 768000, zlib.decompress(raw) == bytes(range(256)) * 3000)

d = zlib.decompressobj()
first = d.decompress(packed, 100000)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail) + d.flush()
print(first + rest == data, d.eof, d.unused_data)

d = zlib.decompressobj()
pieces = [d.decompress(packed[i:i + 1000]) for i in range(0, len(packed), 1000)]
print(b"".join(pieces) + d.flush() == data)

c = zlib.compressobj(9)
out = c.compress(data) + c.compress(data) + c.flush()
print(zlib.decompress(out) == data * 2)
for bad in (packed[:-5], packed[:100], b"x\x9c" + b"\xff" * 50):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
