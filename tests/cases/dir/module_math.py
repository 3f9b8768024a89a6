# sorted(dir()) of the math module, one name per line
import math

for name in sorted(dir(math)):
    print(name)
