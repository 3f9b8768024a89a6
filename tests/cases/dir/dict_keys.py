# sorted(dir()) of the dict_keys type, one name per line
T = type({}.keys())
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_keys', name)
