# sorted(dir()) of the _random module, one name per line
import _random

for name in sorted(dir(_random)):
    print(name)
