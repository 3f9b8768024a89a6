# sorted(dir()) of the float type, one name per line
T = float
print(T.__name__)
for name in sorted(dir(T)):
    print('float', name)
