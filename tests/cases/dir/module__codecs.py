# sorted(dir(_codecs)), one name per line
import _codecs

for name in sorted(dir(_codecs)):
    print('_codecs', name)
