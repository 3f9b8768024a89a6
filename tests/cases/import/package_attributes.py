# Importing a package and its submodules: execution order, __name__/__package__/__spec__/__file__/__cached__/__path__/__loader__, sys.modules entries
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

def tagless(path):
    return path.replace(sys.implementation.cache_tag, 'TAG') if isinstance(path, str) else path

import plainpkg.mod
print(plainpkg.__name__, plainpkg.__package__, plainpkg.__doc__)
print(plainpkg.__file__)
print(tagless(plainpkg.__cached__))
print(plainpkg.__path__)
print(type(plainpkg.__loader__).__name__, plainpkg.__spec__.name, plainpkg.__spec__.parent)
print(plainpkg.__spec__.origin, plainpkg.__spec__.submodule_search_locations)
print(plainpkg.__spec__.has_location, tagless(plainpkg.__spec__.cached))
print(plainpkg.mod.__name__, plainpkg.mod.__package__, plainpkg.mod.__spec__.parent)
print(plainpkg.mod.__file__)
print(hasattr(plainpkg.mod, '__path__'))
print(plainpkg.mod.sibling.helper(), plainpkg.mod.helper is plainpkg.sibling.helper)
print([name for name in sorted(sys.modules) if name.startswith('plainpkg')])
print(plainpkg.sub.deep.up is plainpkg.sibling)
import plainpkg.mod as again
print(again is plainpkg.mod)
from plainpkg import mod, VALUE
print(mod.NAME, VALUE)
print(__import__('plainpkg.sub.deep').__name__)
print(__import__('plainpkg.sub.deep', fromlist=['x']).__name__)
print(__import__('sub.deep', {'__package__': 'plainpkg', '__name__': 'plainpkg.x'}, level=1).__name__)
print(sys.modules['plainpkg.sub'].__spec__.submodule_search_locations == plainpkg.sub.__path__)
