# Running a package with -m: its __main__ submodule runs as __main__ with __spec__, __package__, sys.argv[0] set; a package without __main__ and a missing module give CPython's errors
import os
import sys
import runpy
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    sys.dont_write_bytecode = True
    os.mkdir(os.path.join(tmp, 'tool'))
    with open(os.path.join(tmp, 'tool', '__init__.py'), 'w') as f:
        f.write('print("tool/__init__ runs as", __name__)\n')
    with open(os.path.join(tmp, 'tool', '__main__.py'), 'w') as f:
        f.write('import sys\n'
                'from . import helper\n'
                'print("main:", __name__, __package__, __spec__.name, __spec__.parent)\n'
                'print("argv:", [a.replace(TMP, "<tmp>") for a in sys.argv])\n'
                'print("helper:", helper.NAME, "__main__" in sys.modules, sys.modules["__main__"].__name__)\n'
                'print("file:", __file__.replace(TMP, "<tmp>"), __loader__.name)\n')
    with open(os.path.join(tmp, 'tool', 'helper.py'), 'w') as f:
        f.write('NAME = __name__\n')
    os.mkdir(os.path.join(tmp, 'nomain'))
    with open(os.path.join(tmp, 'nomain', '__init__.py'), 'w') as f:
        f.write('')
    sys.argv = ['-m', 'arg1', '--flag']
    ns = runpy.run_module('tool', run_name='__main__', alter_sys=True, init_globals={'TMP': tmp})
    print(sorted(k for k in ns if not k.startswith('__')), ns['__name__'])
    print('argv after:', sys.argv)
    for name in ['nomain', 'no_such_mod', 'tool.helper.deeper', 'tool.__main__']:
        try:
            runpy.run_module(name, run_name='__main__', init_globals={'TMP': tmp})
            print(name, 'ran')
        except ImportError as e:
            print(type(e).__name__, e)
    for name in ['nomain', 'no_such_mod', '']:
        try:
            runpy._run_module_as_main(name)
        except SystemExit as e:
            print('SystemExit', str(e.code).partition(': ')[2])
