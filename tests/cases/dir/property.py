# sorted(dir()) of the property type, one name per line
T = property
print(T.__name__)
for name in sorted(dir(T)):
    print('property', name)
