# sorted(dir()) of the UnionType type, one name per line
T = type(int | str)
print(T.__name__)
for name in sorted(dir(T)):
    print('UnionType', name)
