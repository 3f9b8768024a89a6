# sorted(dir()) of the _heapq module, one name per line
import _heapq

for name in sorted(dir(_heapq)):
    print('_heapq', name)
