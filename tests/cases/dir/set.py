# sorted(dir()) of the set type, one name per line
T = set
print(T.__name__)
for name in sorted(dir(T)):
    print('set', name)
