# sorted(dir()) of the builtins module, one name per line
import sys

for name in sorted(dir(sys.modules['builtins'])):
    print('builtins', name)
