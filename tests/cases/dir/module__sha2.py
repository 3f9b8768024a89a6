# sorted(dir()) of the _sha2 module, one name per line
import _sha2

for name in sorted(dir(_sha2)):
    print(name)
