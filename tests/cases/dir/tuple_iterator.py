# sorted(dir()) of the tuple_iterator type, one name per line
T = type(iter(()))
print(T.__name__)
for name in sorted(dir(T)):
    print('tuple_iterator', name)
