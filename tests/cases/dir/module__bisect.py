# sorted(dir()) of the _bisect module, one name per line
import _bisect

for name in sorted(dir(_bisect)):
    print('_bisect', name)
