# `from m import name` failures: message with the module file, unknown location for modules without one, ImportError attributes; ModuleNotFoundError for missing modules and submodules; None in sys.modules
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

def t(code):
    try:
        exec(code, {})
        print('ok', code)
    except ImportError as e:
        print(type(e).__name__, e)
        print('  name:', e.name, 'name_from:', e.name_from, 'path:', e.path and e.path.rpartition('/_pkgs/')[2])

t('from plainpkg import nosuch')
t('from plainpkg.sibling import nosuch')
t('from sys import nosuch')
t('import nosuch_module_at_all')
t('import plainpkg.nosuch')
t('import sys.nosuch')
t('from plainpkg import sibling, nosuch')
t('from plainpkg.nosuch import x')
sys.modules['blocked'] = None
t('import blocked')
t('from blocked import x')
del sys.modules['blocked']
m = type(sys)('noname')
del m.__name__
sys.modules['noname'] = m
t('from noname import x')
