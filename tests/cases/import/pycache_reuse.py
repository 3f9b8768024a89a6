# __pycache__: a pyc is written on import, reused while the source's mtime and size match, rebuilt when they change, and a corrupt one is replaced
import os
import sys
import importlib
import importlib.util

sys.dont_write_bytecode = False
folder = f'/tmp/ouro-pycache-case-{os.getpid()}'
os.mkdir(folder)
sys.path.insert(0, folder)
source = os.path.join(folder, 'cached_mod.py')

def write(text, mtime):
    with open(source, 'w') as f:
        f.write(text)
    os.utime(source, (mtime, mtime))

try:
    write('X = 1\n', 1_000_000_000)
    import cached_mod
    pyc = importlib.util.cache_from_source(source)
    print(cached_mod.X, os.path.exists(pyc), cached_mod.__cached__ == pyc)
    with open(pyc, 'rb') as f:
        data = f.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little'),
          int.from_bytes(data[8:12], 'little'), int.from_bytes(data[12:16], 'little'))
    write('X = 2\n', 1_000_000_000)
    importlib.reload(cached_mod)
    print('same mtime and size:', cached_mod.X)
    write('X = 3\n', 1_000_000_100)
    importlib.reload(cached_mod)
    print('new mtime:', cached_mod.X)
    write('X = 44\n', 1_000_000_100)
    importlib.reload(cached_mod)
    print('new size:', cached_mod.X)
    with open(pyc, 'wb') as f:
        f.write(b'not a pyc at all')
    importlib.reload(cached_mod)
    with open(pyc, 'rb') as f:
        print('corrupt pyc replaced:', cached_mod.X, f.read()[:4] == importlib.util.MAGIC_NUMBER)
finally:
    cache_dir = os.path.join(folder, '__pycache__')
    for name in os.listdir(cache_dir):
        os.remove(os.path.join(cache_dir, name))
    os.rmdir(cache_dir)
    os.remove(source)
    os.rmdir(folder)
