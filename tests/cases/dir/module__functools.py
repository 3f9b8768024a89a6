# sorted(dir()) of the _functools module, one name per line
import _functools

for name in sorted(dir(_functools)):
    print('_functools', name)
