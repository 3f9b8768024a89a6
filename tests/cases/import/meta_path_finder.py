# A custom finder on sys.meta_path: find_spec calls, a loader's create_module/exec_module, spec attributes, finders returning None, and removal
import sys
import importlib.util

class Loader:
    def create_module(self, spec):
        print('create_module', spec.name)
        return None
    def exec_module(self, module):
        print('exec_module', module.__name__, module.__spec__.origin)
        module.answer = len(module.__name__)

class Finder:
    def __init__(self):
        self.calls = []
    def find_spec(self, name, path, target=None):
        self.calls.append((name, path is None))
        if name.startswith('virtual'):
            return importlib.util.spec_from_loader(name, Loader(), origin='virtual-origin')
        return None

finder = Finder()
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
print(virtual_mod.__spec__.origin, virtual_mod.__spec__.has_location)
import virtual_mod
print(finder.calls)
try:
    import nonvirtual
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
print(finder.calls[-1])
sys.meta_path.remove(finder)
del sys.modules['virtual_mod']
try:
    import virtual_mod
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
print([type(f).__name__ if not isinstance(f, type) else f.__name__ for f in sys.meta_path][:3])
