# A custom path hook on sys.path_hooks: it is asked about each new sys.path entry, refusals (ImportError) fall through to the next hook, sys.path_importer_cache keeps its finder (and None for unusable entries), and importlib.invalidate_caches reaches it
import sys
import importlib
import importlib.abc
import importlib.util

class MemoryLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(self.source, module.__dict__)

class MemoryFinder:
    invalidated = 0
    def __init__(self, entry):
        self.entry = entry
        self.modules = {'mem_alpha': 'VALUE = "alpha from memory"\n', 'mem_beta': 'import mem_alpha\nVALUE = mem_alpha.VALUE.upper()\n'}
    def find_spec(self, name, target=None):
        if name.startswith('mem_'):
            print('  find_spec', self.entry, name)
        if name in self.modules:
            return importlib.util.spec_from_loader(name, MemoryLoader(self.modules[name]), origin=f'{self.entry}/{name}')
        return None
    def invalidate_caches(self):
        MemoryFinder.invalidated += 1

seen = []
def memory_hook(entry):
    seen.append(entry)
    if not entry.startswith('memory:'):
        raise ImportError('not a memory entry')
    return MemoryFinder(entry)

sys.path_hooks.insert(0, memory_hook)
sys.path.insert(0, 'memory:one')
sys.path.insert(1, 'not-a-real-directory-xyz')
import mem_beta
print(mem_beta.VALUE, mem_beta.__spec__.origin, type(mem_beta.__loader__).__name__)
print(seen[:2])
print(type(sys.path_importer_cache['memory:one']).__name__, type(sys.path_importer_cache.get('not-a-real-directory-xyz')).__name__)
try:
    import mem_gamma
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
importlib.invalidate_caches()
print('invalidated', MemoryFinder.invalidated)
sys.path_hooks.remove(memory_hook)
sys.path.remove('memory:one')
sys.path.remove('not-a-real-directory-xyz')
