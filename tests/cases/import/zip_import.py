# Importing from a stored zip archive on sys.path: modules, packages, relative imports, the loader, get_data, and missing names
import sys
sys.dont_write_bytecode = True
archive = __file__.rpartition('/')[0] + '/_pkgs/stored.zip'
sys.path.insert(0, archive)

import zipmod
print(zipmod.WHERE, type(zipmod.__loader__).__name__, zipmod.__spec__.origin.rpartition('_pkgs/')[2])
import zippkg.inner
print(zippkg.inner.VALUE)
print([p.rpartition('_pkgs/')[2] for p in zippkg.__path__], zippkg.__file__.rpartition('_pkgs/')[2])
print(type(sys.path_importer_cache[archive]).__name__)
try:
    import zippkg.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    zippkg.__loader__.get_data(archive + '/nope.txt')
except OSError as e:
    print(type(e).__name__, e.args[0] if e.args else e)
