# sorted(dir()) of the getset_descriptor type, one name per line
T = type(type.__dict__['__name__'])
print(T.__name__)
for name in sorted(dir(T)):
    print('getset_descriptor', name)
