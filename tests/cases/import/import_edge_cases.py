# Import statement edge cases: a module replacing itself in sys.modules, a module deleting itself, sys.modules entries set to None, non-string sys.path entries, __import__ with fromlist and level, star-import with a bad __all__, and relative imports without a parent package
import os
import sys
import importlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    files = {
        'replacer.py': 'import sys\nclass Replacement:\n    NAME = "replacement object"\nsys.modules[__name__] = Replacement()\n',
        'deleter.py': 'import sys\ndel sys.modules[__name__]\n',
        'badall.py': '__all__ = ["ok", 42]\nok = 1\n',
        'missingall.py': '__all__ = ["ok", "absent"]\nok = 1\n',
        'frompkg/__init__.py': 'X = 1\n',
        'frompkg/sub.py': 'Y = 2\n',
    }
    for name, text in files.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    sys.path.insert(0, tmp)
    import replacer
    print(type(replacer).__name__, replacer.NAME)
    try:
        import deleter
    except (ImportError, KeyError) as e:
        print(type(e).__name__, e)
    sys.modules['blocked_mod'] = None
    try:
        import blocked_mod
    except ImportError as e:
        print(type(e).__name__, e, e.name)
    del sys.modules['blocked_mod']
    sys.path.insert(0, 12345)
    sys.path.insert(0, b'/nonexistent-bytes-entry')
    import frompkg
    print(frompkg.X)
    sys.path.remove(12345)
    sys.path.remove(b'/nonexistent-bytes-entry')
    mod = __import__('frompkg', fromlist=['sub'])
    print(mod.__name__, mod.sub.Y)
    print(__import__('frompkg.sub').__name__, __import__('frompkg.sub', fromlist=['*']).__name__)
    for code in ['from badall import *', 'from missingall import *', 'from . import anything', 'from .x import y']:
        try:
            exec(code, {'__name__': 'runner'})
            print(code, 'ok')
        except (TypeError, AttributeError, ImportError) as e:
            print(code, '->', type(e).__name__, e)
    for args in [('frompkg', None, None, (), -1), ('', None, None, (), 0)]:
        try:
            __import__(*args)
        except (ValueError, ImportError) as e:
            print(type(e).__name__, e)
    sys.path.remove(tmp)
