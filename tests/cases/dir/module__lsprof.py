# sorted(dir()) of the _lsprof module, one name per line
import _lsprof

for name in sorted(dir(_lsprof)):
    print("_lsprof", name)
