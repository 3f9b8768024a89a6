# sorted(dir()) of the _sha3 module, one name per line
import _sha3

for name in sorted(dir(_sha3)):
    print(name)
