# sorted(dir()) of the dict type, one name per line
T = dict
print(T.__name__)
for name in sorted(dir(T)):
    print('dict', name)
