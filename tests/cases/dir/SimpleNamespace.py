# sorted(dir()) of the SimpleNamespace type, one name per line
import sys

T = type(sys.implementation)
print(T.__name__)
for name in sorted(dir(T)):
    print('SimpleNamespace', name)
