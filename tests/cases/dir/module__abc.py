# sorted(dir()) of the _abc module, one name per line
import _abc

for name in sorted(dir(_abc)):
    print('_abc', name)
