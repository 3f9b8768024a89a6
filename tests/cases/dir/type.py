# sorted(dir()) of the type type, one name per line
T = type
print(T.__name__)
for name in sorted(dir(T)):
    print('type', name)
