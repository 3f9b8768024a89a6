# sorted(dir()) of the list_iterator type, one name per line
T = type(iter([]))
print(T.__name__)
for name in sorted(dir(T)):
    print('list_iterator', name)
