# sorted(dir()) of the binascii module, one name per line
import binascii

for name in sorted(dir(binascii)):
    print(name)
