# importlib.resources on packages in a directory and in a zip archive: files(), joinpath, read_text/read_bytes, is_file/is_dir, iterdir, as_file, and a missing resource
import os
import sys
import zipfile
import tempfile
import importlib.resources as resources

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    os.makedirs(os.path.join(tmp, 'dirres', 'data'))
    with open(os.path.join(tmp, 'dirres', '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(tmp, 'dirres', 'data', 'hello.txt'), 'w') as f:
        f.write('hello from a directory\n')
    with open(os.path.join(tmp, 'dirres', 'blob.bin'), 'wb') as f:
        f.write(bytes(range(8)))
    archive = os.path.join(tmp, 'res.zip')
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('zipres/__init__.py', '')
        z.writestr('zipres/data/hello.txt', 'hello from a zip\n')
        z.writestr('zipres/blob.bin', bytes(range(8, 16)))
    sys.path[:0] = [tmp, archive]
    for package in ['dirres', 'zipres']:
        root = resources.files(package)
        print(package, type(root).__name__)
        print(' ', root.joinpath('data', 'hello.txt').read_text(), end='')
        print(' ', (root / 'blob.bin').read_bytes())
        print(' ', (root / 'data').is_dir(), (root / 'blob.bin').is_file(), (root / 'nothing').exists())
        print(' ', sorted(p.name for p in root.iterdir()))
        with resources.as_file(root / 'blob.bin') as path:
            print(' ', os.path.basename(path).endswith('blob.bin'), os.path.getsize(path))
        try:
            (root / 'missing.txt').read_text()
        except (FileNotFoundError, KeyError) as e:
            print(' ', type(e).__name__)
    sys.path[:2] = []
