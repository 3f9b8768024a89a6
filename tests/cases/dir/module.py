# sorted(dir()) of the module type, one name per line
import sys

T = type(sys)
print(T.__name__)
for name in sorted(dir(T)):
    print('module', name)
