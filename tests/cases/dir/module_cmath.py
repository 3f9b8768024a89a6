# sorted(dir()) of the cmath module, one name per line
import cmath

for name in sorted(dir(cmath)):
    print(name)
