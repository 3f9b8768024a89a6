# compileall.compile_dir / compile_file / compile_path over a temporary tree: which files are compiled, quiet levels, a file with a syntax error, legacy (in-place) pycs, skipping up-to-date files, and the pyc names under the cache tag
import io
import os
import sys
import compileall
import contextlib
import importlib.util
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    tree = os.path.join(tmp, 'tree')
    for name, text in [('a.py', 'A = 1\n'), ('pkg/__init__.py', ''), ('pkg/b.py', 'B = 2\n'),
                       ('pkg/deep/c.py', 'C = 3\n'), ('bad.py', 'def broken(:\n'), ('notes.txt', 'x')]:
        path = os.path.join(tree, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    def listing():
        return sorted(os.path.relpath(os.path.join(d, f), tree).replace(sys.implementation.cache_tag, 'TAG')
                      for d, _, fs in os.walk(tree) for f in fs if f.endswith('.pyc'))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ok = compileall.compile_dir(tree, quiet=1)
    print('compile_dir', ok)
    print(out.getvalue().replace(tmp, '<tmp>'), end='')
    print(listing())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ok = compileall.compile_dir(tree, quiet=0, maxlevels=0)
    print('again, maxlevels=0', ok)
    print(out.getvalue().replace(tmp, '<tmp>'), end='')
    os.remove(os.path.join(tree, 'bad.py'))
    with contextlib.redirect_stdout(io.StringIO()):
        ok = compileall.compile_file(os.path.join(tree, 'a.py'), legacy=True, quiet=2)
    print('legacy', ok)
    print(listing())
    pyc = importlib.util.cache_from_source(os.path.join(tree, 'pkg', 'b.py'))
    with open(pyc, 'rb') as f:
        print(f.read(4) == importlib.util.MAGIC_NUMBER)
    with contextlib.redirect_stdout(io.StringIO()):
        ok = compileall.compile_dir(tree, quiet=2, force=True, optimize=2)
    print('force', ok)
    print(listing())
