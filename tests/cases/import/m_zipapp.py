# `-m zipapp`: build an archive from a directory (entry point, interpreter line, compression, --info), then run it as a script and import from it
import os
import sys
import runpy
import zipfile
import tempfile

sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')
from run_m import run_m


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'app')
    os.mkdir(src)
    with open(os.path.join(src, 'app.py'), 'w') as f:
        f.write('import sys\n'
                'def main():\n'
                '    print("app main", __name__, sys.argv[1:])\n'
                '    return 0\n')
    with open(os.path.join(src, 'helper.py'), 'w') as f:
        f.write('VALUE = "helper from the archive"\n')
    target = os.path.join(tmp, 'app.pyz')
    run_m('zipapp', src, '-o', target, '-m', 'app:main', '-p', '/usr/bin/env python3')
    with open(target, 'rb') as f:
        print(f.readline())
    print(sorted(zipfile.ZipFile(target).namelist()))
    print(zipfile.ZipFile(target).read('__main__.py').decode())
    run_m('zipapp', target, '--info')
    sys.argv = [target, 'one', 'two']
    try:
        runpy.run_path(target, run_name='__main__')
    except SystemExit as e:
        print('app exit:', e.code)
    sys.path.insert(0, target)
    import helper
    print(helper.VALUE, helper.__file__.replace(tmp, '<tmp>'))
    sys.path.remove(target)
    compressed = os.path.join(tmp, 'small.pyz')
    run_m('zipapp', src, '-o', compressed, '-m', 'app:main', '-c')
    print({i.filename: i.compress_type for i in zipfile.ZipFile(compressed).infolist()})
    run_m('zipapp', compressed, '--info')
    run_m('zipapp', src, '-o', os.path.join(tmp, 'x.pyz'), '-m', 'no_colon')
    run_m('zipapp', os.path.join(tmp, 'nothing'), '-o', os.path.join(tmp, 'y.pyz'))
