# sorted(dir()) of the dict_values type, one name per line
T = type({}.values())
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_values', name)
