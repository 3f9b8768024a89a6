# A module that raises while it is imported: the exception propagates unchanged, the module leaves sys.modules, a retry runs it again, from-import and a package whose submodule fails, and an unreadable "source" (a directory) given to a SourceFileLoader
import os
import sys
import importlib
import importlib.machinery
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    sys.dont_write_bytecode = True
    files = {
        'raiser.py': 'import sys\nRUNS = sys.modules.setdefault("raiser_runs", [])\nRUNS.append(1)\nraise ValueError(f"failing on run {len(RUNS)}")\n',
        'pkgfail/__init__.py': 'OK = True\n',
        'pkgfail/bad.py': 'from . import missing_name\n',
        'exits.py': 'raise SystemExit(3)\n',
        'keyerr.py': '{}["k"]\n',
        'selfimport.py': 'import selfimport\nprint("selfimport sees itself:", selfimport.__name__, hasattr(selfimport, "LATER"))\nLATER = 1\n',
        'uses_raiser.py': 'from raiser import anything\n',
    }
    for name, text in files.items():
        path = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    for attempt in range(2):
        try:
            import raiser
        except ValueError as e:
            print(type(e).__name__, e, 'raiser' in sys.modules, e.__traceback__.tb_next is not None)
    for name in ['pkgfail.bad', 'exits', 'keyerr', 'uses_raiser']:
        try:
            importlib.import_module(name)
        except BaseException as e:
            print(name, type(e).__name__, str(e).replace(tmp, '<tmp>'), name in sys.modules)
    print('pkgfail' in sys.modules, hasattr(sys.modules['pkgfail'], 'bad'))
    import selfimport
    print(selfimport.LATER)
    folder = os.path.join(tmp, 'folder.py')
    os.mkdir(folder)
    loader = importlib.machinery.SourceFileLoader('folder', folder)
    try:
        loader.get_code('folder')
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        import folder
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path.remove(tmp)
