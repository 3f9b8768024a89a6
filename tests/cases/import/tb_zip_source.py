# Tracebacks through modules imported from a zip archive show their source lines and carets (linecache reads them through the module's zipimporter), printed by print_exc and for an uncaught exception
import sys
import traceback
sys.dont_write_bytecode = True
sys.path.insert(0, 'import/_pkgs/failing.zip')
import failing
import zpk
for call in [lambda: failing.explode('key'), lambda: failing.nested(3), zpk.boom]:
    try:
        call()
    except Exception:
        traceback.print_exc(file=sys.stdout)
print(traceback.extract_tb(sys.exc_info()[2]) if sys.exc_info()[2] else 'no active exception')
failing.nested('uncaught')
