# modulefinder.ModuleFinder on a script importing local modules and packages: found modules, their files, missing modules, from-imports, relative imports, excludes, and the report
import os
import sys
import modulefinder
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    files = {
        'main.py': 'import first\nfrom pkg import sub\nfrom pkg.sub import name\nimport missing_one\ntry:\n    import excluded\nexcept ImportError:\n    pass\n',
        'first.py': 'import second\nfrom second import *\n',
        'second.py': 'import missing_two.inner\n',
        'pkg/__init__.py': 'from . import helper\n',
        'pkg/helper.py': 'from .. import nowhere\n',
        'pkg/sub.py': 'from .helper import *\nname = 1\nimport pkg.absent\n',
        'excluded.py': '',
    }
    for name, text in files.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    finder = modulefinder.ModuleFinder(path=[tmp], excludes=['excluded'])
    finder.run_script(os.path.join(tmp, 'main.py'))
    for name in sorted(finder.modules):
        module = finder.modules[name]
        print(name, (module.__file__ or '').replace(tmp, '<tmp>'), module.__path__ and [p.replace(tmp, '<tmp>') for p in module.__path__])
    print(sorted(finder.badmodules))
    missing, maybe = finder.any_missing_maybe()
    print('missing', missing)
    print('maybe', maybe)
    print(sorted(finder.badmodules['missing_one']))
    report = finder.any_missing()
    print(report)
