# sorted(dir(_json)), one name per line
import _json

for name in sorted(dir(_json)):
    print('_json', name)
