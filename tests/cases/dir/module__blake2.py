# sorted(dir()) of the _blake2 module, one name per line
import _blake2

for name in sorted(dir(_blake2)):
    print(name)
