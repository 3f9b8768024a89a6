# sorted(dir()) of the GenericAlias type, one name per line
T = type(list[int])
print(T.__name__)
for name in sorted(dir(T)):
    print('GenericAlias', name)
