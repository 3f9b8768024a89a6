# compression.zstd dictionaries: training, finalizing, digested/undigested/prefix use, dict ids in frame headers
from compression import zstd
from compression.zstd import ZstdDict, ZstdCompressor, ZstdDecompressor, train_dict, finalize_dict

samples = [("{'id': %d, 'name': 'user%d', 'tags': ['a', 'b', 'c'], 'score': %d}" % (i, i * 7, i * 13 % 101)).encode()
           for i in range(400)]
d = train_dict(samples, 4096)
print(type(d).__name__, d.dict_id != 0, 0 < len(d.dict_content) <= 4096, len(d) == len(d.dict_content))
print(repr(d) == "<ZstdDict dict_id=%d dict_size=%d>" % (d.dict_id, len(d)))
same = ZstdDict(d.dict_content)
print(same.dict_id == d.dict_id)
for zd in (d, d.as_digested_dict, d.as_undigested_dict):
    c = zstd.compress(samples[5], zstd_dict=zd)
    print(zstd.get_frame_info(c).dictionary_id == d.dict_id, zstd.decompress(c, zstd_dict=d) == samples[5])
c = zstd.compress(samples[7], level=9, zstd_dict=d.as_digested_dict)
print(zstd.decompress(c, zstd_dict=d.as_undigested_dict) == samples[7])
print(d.as_prefix[0] is d, d.as_prefix[1], d.as_digested_dict[1], d.as_undigested_dict[1])

raw = ZstdDict(b"".join(samples[:50]), is_raw=True)
print(raw.dict_id)
c = zstd.compress(samples[60], zstd_dict=raw)
print(zstd.get_frame_info(c).dictionary_id, zstd.decompress(c, zstd_dict=raw) == samples[60])
c = zstd.compress(samples[61], zstd_dict=raw.as_prefix)
print(zstd.decompress(c, zstd_dict=raw.as_prefix) == samples[61])
try:
    zstd.decompress(c)
except zstd.ZstdError as e:
    print("ZstdError", e)

co = ZstdCompressor(zstd_dict=d)
frames = [co.compress(s, ZstdCompressor.FLUSH_FRAME) for s in samples[:3]]
dec = [zstd.decompress(f, zstd_dict=d) for f in frames]
print(dec == samples[:3])
do = ZstdDecompressor(zstd_dict=d)
print(do.decompress(frames[0]) == samples[0], do.eof)

f = finalize_dict(ZstdDict(d.dict_content[-2000:], is_raw=True), samples, 4096, 3)
print(f.dict_id != 0, len(f) <= 4096)
c = zstd.compress(samples[9], zstd_dict=f)
print(zstd.decompress(c, zstd_dict=f) == samples[9])
try:
    train_dict([b"a", b"b"], 100)
except zstd.ZstdError as e:
    print("ZstdError", e)
