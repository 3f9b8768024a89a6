# sorted(dir(_symtable)), one name per line
import _symtable

for name in sorted(dir(_symtable)):
    print('_symtable', name)
