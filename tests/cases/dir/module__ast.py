# sorted(dir()) of the _ast module (node classes, PyCF_* flags), one name per line
import _ast

for name in sorted(dir(_ast)):
    print(name)
