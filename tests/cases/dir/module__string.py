# sorted(dir(_string)), one name per line
import _string

for name in sorted(dir(_string)):
    print('_string', name)
