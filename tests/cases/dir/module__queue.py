# sorted(dir()) of the _queue module, one name per line
import _queue

for name in sorted(dir(_queue)):
    print(name)
