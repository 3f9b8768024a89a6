# importlib.util helpers: LazyLoader defers execution until first attribute access, module_from_spec/spec_from_file_location, find_spec for loaded, missing and submodule names, resolve_name, and import_module with a package for relative names
import os
import sys
import importlib
import importlib.util
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    path = os.path.join(tmp, 'lazy_target.py')
    with open(path, 'w') as f:
        f.write('print("lazy_target executing")\nVALUE = 41 + 1\n')
    spec = importlib.util.spec_from_file_location('lazy_target', path)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules['lazy_target'] = module
    spec.loader.exec_module(module)
    print('created', type(module).__name__)
    print('value', module.VALUE, type(module).__name__)
    os.makedirs(os.path.join(tmp, 'relpkg', 'sub'))
    for name, text in [('relpkg/__init__.py', ''), ('relpkg/sub/__init__.py', ''), ('relpkg/sub/leaf.py', 'NAME = __name__\n'), ('relpkg/top.py', 'NAME = __name__\n')]:
        with open(os.path.join(tmp, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, tmp)
    print(importlib.import_module('.leaf', 'relpkg.sub').NAME, importlib.import_module('..top', 'relpkg.sub').NAME)
    for args in [('.leaf',), ('...x', 'relpkg.sub'), ('.nope', 'relpkg')]:
        try:
            importlib.import_module(*args)
        except (TypeError, ImportError, ValueError) as e:
            print(type(e).__name__, e)
    print(importlib.util.resolve_name('..top', 'relpkg.sub'), importlib.util.resolve_name('abs.name', None))
    try:
        importlib.util.resolve_name('...x', 'relpkg.sub')
    except ImportError as e:
        print('ImportError', e)
    print(importlib.util.find_spec('relpkg.sub.leaf').name, importlib.util.find_spec('no_such_module_q'))
    print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('lazy_target').name)
    try:
        importlib.util.find_spec('no_such_pkg_q.child')
    except ModuleNotFoundError as e:
        print('ModuleNotFoundError', e)
    sys.path.remove(tmp)
