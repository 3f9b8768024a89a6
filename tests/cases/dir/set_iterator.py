# sorted(dir()) of the set_iterator type, one name per line
T = type(iter(set()))
print(T.__name__)
for name in sorted(dir(T)):
    print('set_iterator', name)
