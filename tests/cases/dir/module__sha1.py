# sorted(dir()) of the _sha1 module, one name per line
import _sha1

for name in sorted(dir(_sha1)):
    print(name)
