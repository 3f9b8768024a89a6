# The os module over posix: os.path on real files, makedirs/removedirs, fsencode/fsdecode, environ,
# stat through os, scandir through os; only portable facts are printed.
import os
import stat

base = 'tmp_os_module_dir'
os.makedirs(os.path.join(base, 'a', 'b'))
try:
    with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
        f.write('hello')
    p = os.path.join(base, 'a', 'f.txt')
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p), os.path.getsize(p))
    print(os.path.isdir(os.path.join(base, 'a', 'b')), os.path.exists(os.path.join(base, 'nope')))
    print(sorted(os.listdir(os.path.join(base, 'a'))), sorted(e.name for e in os.scandir(os.path.join(base, 'a'))))
    st = os.stat(p)
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], st.st_size, isinstance(st, os.stat_result))
    os.rename(p, os.path.join(base, 'g.txt'))
    print(sorted(os.listdir(base)))
    os.remove(os.path.join(base, 'g.txt'))
    os.removedirs(os.path.join(base, 'a', 'b'))
    print('removed', os.path.exists(base))
finally:
    if os.path.exists(base):
        for root in [os.path.join(base, 'a', 'b'), os.path.join(base, 'a'), base]:
            for n in os.listdir(root) if os.path.isdir(root) else []:
                if os.path.isfile(os.path.join(root, n)):
                    os.remove(os.path.join(root, n))
            if os.path.isdir(root):
                os.rmdir(root)
print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), ascii(os.fsdecode(b'\xff')), os.fsencode('\udcff'))
print(os.path.normpath('a//b/./c/../d'), os.path.splitroot('//x/y'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
os.environ['OURO_OS_TEST'] = 'value'
print(os.environ['OURO_OS_TEST'], os.getenv('OURO_OS_TEST'), os.environb[b'OURO_OS_TEST'])
del os.environ['OURO_OS_TEST']
print(os.getenv('OURO_OS_TEST'), 'OURO_OS_TEST' in os.environ)
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, os.name)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(type(os.getpid()), type(os.cpu_count()), type(os.times()).__name__, type(os.uname()).__name__)
print(os.strerror(0) != '', callable(os.fspath), os.fspath(os.scandir('.').__class__.__name__))
