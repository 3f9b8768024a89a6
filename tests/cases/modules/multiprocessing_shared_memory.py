# _posixshmem through multiprocessing.shared_memory: a block written under one handle and read under another. The
# reference (emscripten) build has no _posixshmem: the expected output was recorded with CPython 3.11 on Linux.
import os
import _posixshmem
from multiprocessing import shared_memory

block = shared_memory.SharedMemory(create=True, size=64)
block.buf[:5] = b"hello"
other = shared_memory.SharedMemory(block.name)
print(bytes(other.buf[:5]), other.size >= 64)
other.buf[5:8] = b"!!!"
print(bytes(block.buf[:8]))
other.close()
block.close()
block.unlink()

name = "/ouro-shm-%d" % os.getpid()
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
os.ftruncate(fd, 16)
print(os.fstat(fd).st_size)
os.close(fd)
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == name)
_posixshmem.shm_unlink(name)
try:
    _posixshmem.shm_unlink(name)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == name)
try:
    _posixshmem.shm_open(b"/x", 0)
except TypeError as e:
    print("TypeError:", e)
