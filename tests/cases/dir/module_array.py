# sorted(dir()) of the array module, one name per line
import array

for name in sorted(dir(array)):
    print(name)
