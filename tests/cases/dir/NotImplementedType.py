# sorted(dir()) of the NotImplementedType type, one name per line
T = type(NotImplemented)
print(T.__name__)
for name in sorted(dir(T)):
    print('NotImplementedType', name)
