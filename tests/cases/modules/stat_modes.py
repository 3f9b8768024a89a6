# _stat: the S_IS* tests, S_IMODE, S_IFMT and filemode on every file type, and their argument errors.
import _stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755,
         0o041777, 0o041776, 0o107000, 0, 0o170777]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f for f in ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
                       'S_ISDOOR', 'S_ISPORT', 'S_ISWHT'] if getattr(_stat, f)(m)])
for name in ['S_IFDIR', 'S_IFREG', 'S_IFLNK', 'S_IRWXU', 'S_IRUSR', 'S_ISUID', 'S_ISVTX', 'ST_MODE', 'ST_MTIME',
             'UF_HIDDEN', 'SF_DATALESS', 'S_IFDOOR']:
    print(name, getattr(_stat, name))
for bad in [-1, 1.5, 2**64, 'x', None]:
    try:
        _stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _stat.filemode()
except TypeError as e:
    print(e)
print(_stat.S_ISDIR.__doc__)
