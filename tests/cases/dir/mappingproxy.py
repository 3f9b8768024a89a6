# sorted(dir()) of the mappingproxy type, one name per line
T = type(int.__dict__)
print(T.__name__)
for name in sorted(dir(T)):
    print('mappingproxy', name)
