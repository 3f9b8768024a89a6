# sorted(dir()) of the str_iterator type, one name per line
T = type(iter('\u20ac'))
print(T.__name__)
for name in sorted(dir(T)):
    print('str_iterator', name)
