# sorted(dir()) of the NoneType type, one name per line
T = type(None)
print(T.__name__)
for name in sorted(dir(T)):
    print('NoneType', name)
