# sorted(dir()) of the atexit module, one name per line
import atexit

for name in sorted(dir(atexit)):
    print('atexit', name)
