# runpy.run_module for a module and a package (its __main__), alter_sys, and the errors for missing modules and packages without __main__
import sys
import runpy
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

ns = runpy.run_module('runme.tool')
print(ns['__name__'], ns['result'], ns['__spec__'].name)
ns = runpy.run_module('runme.tool', run_name='__main__')
print(ns['__name__'])
ns = runpy.run_module('runme', run_name='__main__', alter_sys=True)
print(ns['__name__'], ns['__package__'])
for name in ['no_such_module', 'plainpkg', '.relative']:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)
