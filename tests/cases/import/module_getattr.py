# PEP 562 module __getattr__/__dir__, from-imports through __getattr__, and module attribute errors
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

import plainpkg.lazy as lazy
print(lazy.computed)
print(dir(lazy))
try:
    lazy.missing
except AttributeError as e:
    print('AttributeError', e)
from plainpkg.lazy import computed
print(computed)
try:
    from plainpkg.lazy import nope
except ImportError as e:
    print('ImportError', e.args[0].rpartition('/_pkgs/')[0].split(' (')[0])
print(lazy._calls)
print(getattr(lazy, 'other', 'default'))
