# runpy.run_path on a script, a directory with __main__.py and a zip with __main__.py (what `ouro DIR` and `ouro ZIP` do): sys.argv[0], sys.path[0], __file__, __spec__, and missing __main__
import os
import sys
import runpy
import zipfile
import tempfile

MAIN = ('import sys\n'
        'import sibling\n'
        'print("running", __name__, repr(__spec__.name) if __spec__ else None, type(__loader__).__name__)\n'
        'print("file", __file__.replace(TMP, "<tmp>"))\n'
        'print("path0", sys.path[0].replace(TMP, "<tmp>"), "argv0", sys.argv[0].replace(TMP, "<tmp>"))\n'
        'print("sibling", sibling.WHERE)\n'
        'result = 42\n')

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    folder = os.path.join(tmp, 'appdir')
    os.mkdir(folder)
    with open(os.path.join(folder, '__main__.py'), 'w') as f:
        f.write(MAIN)
    with open(os.path.join(folder, 'sibling.py'), 'w') as f:
        f.write('WHERE = "dir sibling"\n')
    archive = os.path.join(tmp, 'app.zip')
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('__main__.py', MAIN)
        z.writestr('sibling.py', 'WHERE = "zip sibling"\n')
    script = os.path.join(tmp, 'script.py')
    with open(script, 'w') as f:
        f.write('print("script", __name__, __file__.replace(TMP, "<tmp>"), __spec__)\nvalue = INIT * 2\n')

    ns = runpy.run_path(script, init_globals={'TMP': tmp, 'INIT': 21})
    print(ns['value'], ns['__name__'])
    ns = runpy.run_path(script, init_globals={'TMP': tmp, 'INIT': 'ab'}, run_name='__main__')
    print(ns['value'], ns['__name__'])
    for target in [folder, archive]:
        saved = list(sys.path)
        sys.argv = [target, 'x']
        ns = runpy.run_path(target, init_globals={'TMP': tmp}, run_name='__main__')
        print(ns['result'], sys.path == saved, sys.argv[0] == target)
        sys.modules.pop('sibling', None)
    empty = os.path.join(tmp, 'empty')
    os.mkdir(empty)
    emptyzip = os.path.join(tmp, 'empty.zip')
    with zipfile.ZipFile(emptyzip, 'w') as z:
        z.writestr('other.py', '')
    for target in [empty, emptyzip, os.path.join(tmp, 'missing.py')]:
        try:
            runpy.run_path(target)
        except ImportError as e:
            print(type(e).__name__, str(e).replace(tmp, '<tmp>'))
        except OSError as e:
            print(type(e).__name__, e.strerror, e.filename.replace(tmp, '<tmp>'))
