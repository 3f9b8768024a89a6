# importlib.reload: re-executes the module in the same namespace, returns the same object; errors for non-modules and modules missing from sys.modules
import sys
import importlib
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

import reloadme
first = reloadme
print(reloadme.previous)
again = importlib.reload(reloadme)
print(again is first, reloadme.previous, sys.reload_counter)
try:
    importlib.reload(5)
except TypeError as e:
    print('TypeError', e)
m = type(sys)('not_registered')
try:
    importlib.reload(m)
except ImportError as e:
    print('ImportError', e)
import plainpkg.sibling
print(importlib.reload(plainpkg.sibling).helper())
