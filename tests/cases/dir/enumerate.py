# sorted(dir()) of the enumerate type, one name per line
T = enumerate
print(T.__name__)
for name in sorted(dir(T)):
    print('enumerate', name)
