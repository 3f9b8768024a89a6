# sorted(dir()) of the list type, one name per line
T = list
print(T.__name__)
for name in sorted(dir(T)):
    print('list', name)
