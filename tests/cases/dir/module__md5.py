# sorted(dir()) of the _md5 module, one name per line
import _md5

for name in sorted(dir(_md5)):
    print(name)
