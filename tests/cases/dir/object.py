# sorted(dir()) of the object type, one name per line
T = object
print(T.__name__)
for name in sorted(dir(T)):
    print('object', name)
