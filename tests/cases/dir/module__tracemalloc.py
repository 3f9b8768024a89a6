# sorted(dir()) of the _tracemalloc module, one name per line
import _tracemalloc

for name in sorted(dir(_tracemalloc)):
    print(name)
