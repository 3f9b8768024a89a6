# pkgutil over a directory tree and a zip: iter_modules, walk_packages (prefix, onerror for a package that fails to import), get_data, resolve_name, extend_path
import os
import sys
import pkgutil
import zipfile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    root = os.path.join(tmp, 'root')
    files = {
        'alpha.py': '',
        'beta/__init__.py': 'VALUE = 1\n',
        'beta/one.py': '',
        'beta/sub/__init__.py': '',
        'beta/sub/two.py': 'class Thing:\n    attr = "found"\n',
        'beta/data.bin': 'payload',
        'broken/__init__.py': 'raise RuntimeError("broken package")\n',
        'broken/child.py': '',
        'not-a-module.py': '',
        'notes.txt': '',
        'ns/leaf.py': '',
    }
    for name, text in files.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([root])))
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([root], prefix='p.')))
    print(type(next(pkgutil.iter_modules([root])).module_finder).__name__)
    sys.path.insert(0, root)
    errors = []
    found = sorted(m.name for m in pkgutil.walk_packages([root], onerror=errors.append))
    print(found, errors)
    try:
        list(pkgutil.walk_packages([root]))
    except RuntimeError as e:
        print('RuntimeError', e)
    import beta
    print(sorted(m.name for m in pkgutil.walk_packages(beta.__path__, beta.__name__ + '.')))
    print(pkgutil.get_data('beta', 'data.bin'), pkgutil.get_data('beta', 'missing.bin') if False else '')
    print(pkgutil.resolve_name('beta.sub.two:Thing.attr'), pkgutil.resolve_name('beta.sub.two.Thing').__name__)
    for bad in ['beta.sub.two:Nope', 'no_such_mod_xyz', 'beta:sub.zzz']:
        try:
            pkgutil.resolve_name(bad)
        except (ImportError, AttributeError, ValueError) as e:
            print(type(e).__name__, e)
    archive = os.path.join(tmp, 'mods.zip')
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('zmod.py', '')
        z.writestr('zpkg/__init__.py', '')
        z.writestr('zpkg/inner.py', '')
        z.writestr('zpkg/deeper/__init__.py', '')
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([archive])))
    sys.path.insert(0, archive)
    print(sorted(m.name for m in pkgutil.walk_packages([archive])))
    print(type(pkgutil.get_importer(archive)).__name__, type(pkgutil.get_importer(root)).__name__)
    print(pkgutil.extend_path(['x'], 'not_a_package_name'))
    sys.path[:2] = []
