# sorted(dir()) of the _zstd module, one name per line
import _zstd

for name in sorted(dir(_zstd)):
    print(name)
