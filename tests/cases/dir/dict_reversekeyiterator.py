# sorted(dir()) of the dict_reversekeyiterator type, one name per line
T = type(reversed({}))
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_reversekeyiterator', name)
