# sorted(dir()) of the _struct module, one name per line
import _struct

for name in sorted(dir(_struct)):
    print(name)
