# sorted(dir()) of the _weakref module, one name per line
import _weakref

for name in sorted(dir(_weakref)):
    print('_weakref', name)
