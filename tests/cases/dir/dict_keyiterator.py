# sorted(dir()) of the dict_keyiterator type, one name per line
T = type(iter({}))
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_keyiterator', name)
