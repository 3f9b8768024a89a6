# sorted(dir()) of the _csv module, one name per line
import _csv

for name in sorted(dir(_csv)):
    print(name)
