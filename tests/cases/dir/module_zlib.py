# sorted(dir()) of the zlib module, one name per line
import zlib

for name in sorted(dir(zlib)):
    print(name)
