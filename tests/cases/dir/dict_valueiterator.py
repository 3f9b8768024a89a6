# sorted(dir()) of the dict_valueiterator type, one name per line
T = type(iter({}.values()))
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_valueiterator', name)
