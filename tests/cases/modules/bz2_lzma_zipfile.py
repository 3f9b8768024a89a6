# zipfile members compressed with bzip2 and lzma: write, then read back
import io
import zipfile

DATA = b"x" * 1000 + bytes(range(256))
for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        z.writestr("a.txt", DATA)
        z.writestr("b.txt", b"")
    with zipfile.ZipFile(buf) as z:
        print(method, z.namelist(), z.read("a.txt") == DATA, z.read("b.txt"))
        print(z.getinfo("a.txt").compress_type, z.testzip())
