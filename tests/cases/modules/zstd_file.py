# compression.zstd.ZstdFile and open(): write/read in binary and text modes, appends, seeking, options
import io, os
from compression import zstd
from compression.zstd import ZstdFile, CompressionParameter as CP

DATA = b"line one\nline two\n" * 500

buf = io.BytesIO()
with ZstdFile(buf, "w", level=5) as f:
    print(f.write(DATA), f.mode == "wb", f.writable(), f.readable())
raw = buf.getvalue()
print(zstd.decompress(raw) == DATA)
with ZstdFile(io.BytesIO(raw)) as f:
    print(f.read(9), f.readline(), f.tell())
    f.seek(0)
    print(len(f.read()) == len(DATA), f.read())
    f.seek(9000)
    print(f.tell(), f.peek(4)[:4] if len(DATA) > 9000 else b"")
with ZstdFile(io.BytesIO(raw + zstd.compress(b"more"))) as f:
    print(f.read()[-10:])
with ZstdFile(io.BytesIO(raw)) as f:
    print(sum(1 for _ in f))

path = "/tmp/ouro-zstd-case-%d.zst" % os.getpid()
try:
    with zstd.open(path, "wt", encoding="utf-8", options={CP.checksum_flag: 1}) as f:
        f.write("héllo\nwörld\n")
    with zstd.open(path, "at", encoding="utf-8") as f:
        f.write("again\n")
    with zstd.open(path, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    with open(path, "rb") as f:
        data = f.read()
    print(zstd.get_frame_info(data).decompressed_size, zstd.decompress(data))
    with zstd.open(path, "rb") as f:
        print(f.read(3), f.closed)
    print(f.closed)
    try:
        zstd.open(path, "rb", level=3)
    except TypeError as e:
        print("TypeError", e)
    try:
        ZstdFile(path, "x")
    except FileExistsError as e:
        print("FileExistsError")

finally:
    os.remove(path)

try:
    ZstdFile(io.BytesIO(b"not zstd at all")).read()
except zstd.ZstdError as e:
    print("ZstdError", e)
