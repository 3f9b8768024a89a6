# sorted(dir()) of the gc module, one name per line
import gc

for name in sorted(dir(gc)):
    print('gc', name)
