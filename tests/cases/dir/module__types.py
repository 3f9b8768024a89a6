# sorted(dir(_types)), one name per line
import _types

for name in sorted(dir(_types)):
    print('_types', name)
