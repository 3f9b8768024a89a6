# sorted(dir()) of the code type, one name per line
T = type((lambda: 0).__code__)
print(T.__name__)
for name in sorted(dir(T)):
    print('code', name)
