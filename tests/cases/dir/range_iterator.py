# sorted(dir()) of the range_iterator type, one name per line
T = type(iter(range(0)))
print(T.__name__)
for name in sorted(dir(T)):
    print('range_iterator', name)
