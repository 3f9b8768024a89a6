# sorted(dir()) of the _statistics module, one name per line
import _statistics

for name in sorted(dir(_statistics)):
    print(name)
