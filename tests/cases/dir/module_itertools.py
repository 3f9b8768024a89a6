# sorted(dir()) of the itertools module, one name per line
import itertools

for name in sorted(dir(itertools)):
    print('itertools', name)
