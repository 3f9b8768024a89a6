# sorted(dir()) of the _operator module, one name per line
import _operator

for name in sorted(dir(_operator)):
    print('_operator', name)
