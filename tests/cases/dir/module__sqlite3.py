# sorted(dir()) of the _sqlite3 module, one name per line
import _sqlite3

for name in sorted(dir(_sqlite3)):
    print(name)
