# compression.zstd: one-shot and incremental round trips, the end modes, frame info and sizes, multi-frame data
from compression import zstd
from compression.zstd import (ZstdCompressor, ZstdDecompressor, CompressionParameter as CP,
                              DecompressionParameter as DP, Strategy, FrameInfo)

DATA = b"The quick brown fox jumps over the lazy dog. " * 200 + bytes(range(256)) * 4

c = zstd.compress(DATA)
print(len(c), c[:4].hex(), zstd.decompress(c) == DATA)
print(zstd.get_frame_info(c), zstd.get_frame_size(c) == len(c))
for level in (-5, 1, 3, 10, 19):
    c = zstd.compress(DATA, level)
    print(level, len(c), zstd.decompress(c) == DATA)
print(zstd.compress(b"") .hex(), zstd.decompress(zstd.compress(b"")))
print(zstd.decompress(zstd.compress(DATA) + zstd.compress(b"tail")) == DATA + b"tail")

co = ZstdCompressor()
print(co.last_mode == ZstdCompressor.FLUSH_FRAME, ZstdCompressor.CONTINUE, ZstdCompressor.FLUSH_BLOCK,
      ZstdCompressor.FLUSH_FRAME)
parts = [co.compress(DATA[:1000])]
print(co.last_mode, len(parts[0]))
parts.append(co.compress(DATA[1000:5000], ZstdCompressor.FLUSH_BLOCK))
print(co.last_mode, len(parts[1]) > 0)
parts.append(co.compress(DATA[5000:]))
parts.append(co.flush())
print(co.last_mode)
whole = b"".join(parts)
print(zstd.get_frame_info(whole), zstd.decompress(whole) == DATA)
frame2 = co.compress(b"second", ZstdCompressor.FLUSH_FRAME)
print(co.last_mode, zstd.decompress(frame2))
print(co.flush(ZstdCompressor.FLUSH_BLOCK), co.flush())

co = ZstdCompressor(options={CP.checksum_flag: 1, CP.compression_level: 5, CP.window_log: 20,
                             CP.strategy: Strategy.lazy2, CP.content_size_flag: 0})
c = co.compress(DATA, ZstdCompressor.FLUSH_FRAME)
print(zstd.get_frame_info(c), len(c), zstd.decompress(c) == DATA)
co = ZstdCompressor(level=7)
co.set_pledged_input_size(len(DATA))
c = co.compress(DATA) + co.flush()
print(zstd.get_frame_info(c), zstd.decompress(c) == DATA)

d = ZstdDecompressor()
print(d.eof, d.needs_input, d.unused_data)
c = zstd.compress(DATA)
out = d.decompress(c[:100])
print(len(out), d.eof, d.needs_input)
out += d.decompress(c[100:] + b"extra")
print(out == DATA, d.eof, d.needs_input, d.unused_data)

d = ZstdDecompressor(options={DP.window_log_max: 25})
chunks = [d.decompress(c, 1000)]
print(len(chunks[0]), d.needs_input, d.eof)
while not d.eof:
    chunks.append(d.decompress(b"", 3000))
print([len(x) for x in chunks], b"".join(chunks) == DATA, d.needs_input)
d = ZstdDecompressor()
print(d.decompress(c, 0), d.needs_input, d.eof)

# window_log, chain_log, search_log, ldm_hash_rate_log and the worker parameters depend on the word size and on
# multithreading support (the reference is a 32-bit build without threads); modules/src/zstd/ffi.rs tests them
for p in (CP.compression_level, CP.hash_log, CP.min_match, CP.target_length, CP.strategy,
          CP.enable_long_distance_matching, CP.ldm_hash_log, CP.ldm_min_match, CP.ldm_bucket_size_log,
          CP.content_size_flag, CP.checksum_flag, CP.dict_id_flag):
    print(p.name, p.bounds())
print(zstd.zstd_version_info >= (1, 4, 0), zstd.COMPRESSION_LEVEL_DEFAULT)
import _zstd
print(_zstd.ZSTD_DStreamOutSize, _zstd.ZSTD_CLEVEL_DEFAULT, type(_zstd.zstd_version))
print(zstd.get_frame_info(b"\x28\xb5\x2f\xfd\x20\x05\x29\x00\x00hello"))
