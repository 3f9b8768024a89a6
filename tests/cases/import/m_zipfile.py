# `-m zipfile`: -c creates an archive from files and a directory, -l lists it, -t tests it, -e extracts it; a corrupt archive and usage errors
import os
import sys
import zipfile
import tempfile

sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')
from run_m import run_m


home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('tree')
    os.mkdir('tree/sub')
    for name, text in [('tree/a.txt', 'alpha\n'), ('tree/sub/b.txt', 'beta\n' * 50), ('top.txt', 'top\n')]:
        with open(name, 'w') as f:
            f.write(text)
    run_m('zipfile', '-c', 'made.zip', 'top.txt', 'tree')
    with zipfile.ZipFile('made.zip') as z:
        print(sorted((i.filename, i.file_size, i.compress_type) for i in z.infolist()))
    fixed = zipfile.ZipFile('fixed.zip', 'w')
    for name, data in [('one.txt', b'1' * 10), ('dir/two.txt', b'22'), ('dir/three.bin', bytes(300))]:
        info = zipfile.ZipInfo(name, date_time=(2001, 2, 3, 4, 5, 6))
        fixed.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    fixed.close()
    run_m('zipfile', '-l', 'fixed.zip')
    run_m('zipfile', '-t', 'fixed.zip')
    run_m('zipfile', '-e', 'fixed.zip', 'out')
    print(sorted(os.path.join(d, f) for d, _, fs in os.walk('out') for f in fs))
    with open('out/dir/two.txt') as f:
        print(f.read())
    with open('corrupt.zip', 'wb') as f:
        f.write(b'PK\x03\x04 this is not really a zip file')
    run_m('zipfile', '-l', 'corrupt.zip')
    run_m('zipfile', '-t', 'corrupt.zip')
    run_m('zipfile', '-l')
    os.chdir(home)
