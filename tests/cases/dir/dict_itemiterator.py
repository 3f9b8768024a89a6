# sorted(dir()) of the dict_itemiterator type, one name per line
T = type(iter({}.items()))
print(T.__name__)
for name in sorted(dir(T)):
    print('dict_itemiterator', name)
