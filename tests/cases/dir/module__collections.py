# sorted(dir()) of the _collections module, one name per line
import _collections

for name in sorted(dir(_collections)):
    print('_collections', name)
