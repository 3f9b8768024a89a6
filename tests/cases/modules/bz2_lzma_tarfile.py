# tarfile archives compressed with bz2 and xz: write, then read back
import bz2, io, lzma, tarfile
DATA = b'x' * 1000 + bytes(range(256))
# tarfile and zipfile with these compressions.
for mode in ("w:bz2", "w:xz"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        info = tarfile.TarInfo("a.txt")
        info.size = len(DATA)
        t.addfile(info, io.BytesIO(DATA))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        print(mode, t.getnames(), t.extractfile("a.txt").read() == DATA)
