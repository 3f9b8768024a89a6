# A SyntaxError in an imported module, printed by print_exc and then uncaught: importlib's frames are left out and the error shows the module's file, line and caret
import sys
import traceback
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0].rpartition('/')[0] + '/import/_pkgs')
try:
    import tbmods.syntax_bad
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
import tbmods.syntax_bad
