# An uncaught error raised while a module is imported: importlib's own frames are left out of the traceback
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0].rpartition('/')[0] + '/import/_pkgs')
import traceback
try:
    import plainpkg.raiser
except Exception:
    traceback.print_exc()
from sys import maxsiz
