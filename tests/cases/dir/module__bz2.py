# sorted(dir()) of the _bz2 module, one name per line
import _bz2

for name in sorted(dir(_bz2)):
    print(name)
