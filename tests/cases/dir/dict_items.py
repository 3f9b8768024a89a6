# sorted(dir()) of the dict_items type, one name per line
T = type({}.items())
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_items', name)
