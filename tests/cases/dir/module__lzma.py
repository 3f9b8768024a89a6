# sorted(dir()) of the _lzma module, one name per line
import _lzma

for name in sorted(dir(_lzma)):
    print(name)
