# sorted(dir(_locale)), one name per line
import _locale

for name in sorted(dir(_locale)):
    print('_locale', name)
