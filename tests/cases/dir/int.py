# sorted(dir()) of the int type, one name per line
T = int
print(T.__name__)
for name in sorted(dir(T)):
    print('int', name)
