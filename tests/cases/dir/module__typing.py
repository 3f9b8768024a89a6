# sorted(dir(_typing)), one name per line
import _typing

for name in sorted(dir(_typing)):
    print('_typing', name)
