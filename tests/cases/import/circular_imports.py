# Circular imports: `from x import y` on a partially initialised module names the circular import; attribute access on one says so too; a failed import leaves no entry in sys.modules
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

try:
    import circ.a
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path.rpartition('/_pkgs/')[2], e.name_from)
print('circ.a' in sys.modules, 'circ.b' in sys.modules)
import circ.c
print(circ.c.C, circ.d.D)
try:
    import plainpkg.raiser
except ValueError as e:
    print('ValueError', e)
print('plainpkg.raiser' in sys.modules, 'plainpkg' in sys.modules)
try:
    import plainpkg.raiser
except ValueError as e:
    print('again ValueError', e)
