# sorted(dir()) of the Interpolation type, one name per line
T = type(t'{1}'.interpolations[0])
print(T.__name__)
for name in sorted(dir(T)):
    print('Interpolation', name)
