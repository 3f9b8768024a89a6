# sorted(dir(_suggestions)), one name per line
import _suggestions

for name in sorted(dir(_suggestions)):
    print('_suggestions', name)
