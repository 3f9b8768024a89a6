# sorted(dir()) of the classmethod_descriptor type, one name per line
T = type(dict.__dict__['fromkeys'])
print(T.__name__)
for name in sorted(dir(T)):
    print('classmethod_descriptor', name)
