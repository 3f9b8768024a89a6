# Frozen modules as CPython 3.14 freezes them: the start-up and runpy modules load through FrozenImporter (origin 'frozen', code named <frozen name>), __file__ from sys._stdlib_dir, the test modules and aliases, and _override_frozen_modules_for_tests
import _imp
import sys
import traceback
import _frozen_importlib
import os
import runpy
import importlib.util
names = ["_frozen_importlib", "zipimport", "codecs", "io", "abc", "site", "os", "stat",
         "posixpath", "genericpath", "_collections_abc", "_sitebuiltins", "runpy",
         "importlib.util", "importlib.machinery", "os.path"]
print(_imp.is_frozen("json"), _imp.find_frozen("encodings"))
for name in names:
    m = sys.modules.get(name)
    frozen = _imp.is_frozen(name)
    line = [name, frozen, _imp.find_frozen(name)]
    if m is not None and name != "_frozen_importlib":
        spec = m.__spec__
        line += [spec.origin == "frozen", m.__loader__ is _frozen_importlib.FrozenImporter]
        if spec.origin == "frozen":
            line += [spec.loader_state.origname,
                     spec.loader_state.filename[len(sys._stdlib_dir):],
                     m.__file__[len(sys._stdlib_dir):], hasattr(m, "__cached__"),
                     spec.has_location, spec.cached]
    print(*line)
print(_imp._frozen_module_names()[:17])
print(os.path.join.__code__.co_filename, runpy._run_module_as_main.__code__.co_filename)
print(_imp.is_frozen_package("os"), _imp.is_frozen_package("__phello__"))
try:
    _imp.is_frozen_package("json")
except ImportError as e:
    print("ImportError:", e, e.name)
print(_imp.find_frozen("__hello_alias__"), _imp.find_frozen("__phello__.__init__"), _imp.find_frozen("__phello_alias__"))
import __hello__, __hello_alias__, __phello__.spam, __phello_alias__.spam
__hello__.main()
print(__hello_alias__.__spec__.loader_state.origname, __hello_alias__.__file__[len(sys._stdlib_dir):])
print(__phello__.__path__[0][len(sys._stdlib_dir):], __phello__.spam.__file__[len(sys._stdlib_dir):])
print(__phello_alias__.__path__, __phello_alias__.spam.__spec__.origin)
code = _imp.get_frozen_object("__hello__")
print(type(code).__name__, code.co_filename)
spec = _frozen_importlib.FrozenImporter.find_spec("stat")
print(spec.name, spec.origin, spec.loader_state.origname, spec.submodule_search_locations)
print(_frozen_importlib.FrozenImporter.find_spec("json"))
# A traceback through a frozen module names it <frozen os> and shows no source.
try:
    os.environ["OURO_SURELY_UNSET_VARIABLE"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
# Frozen stdlib modules off, as -X frozen_modules=off: only the bootstrap ones stay.
_imp._override_frozen_modules_for_tests(-1)
print(_imp.is_frozen("os"), _imp.is_frozen("zipimport"), _imp.find_frozen("os"), _imp._frozen_module_names())
print(_frozen_importlib.FrozenImporter.find_spec("stat"))
_imp._override_frozen_modules_for_tests(1)
print(_imp.is_frozen("os"))
_imp._override_frozen_modules_for_tests(0)
print(_imp.is_frozen("os"))
