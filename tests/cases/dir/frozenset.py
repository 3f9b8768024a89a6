# sorted(dir()) of the frozenset type, one name per line
T = frozenset
print(T.__name__)
for name in sorted(dir(T)):
    print('frozenset', name)
