# sorted(dir()) of the bool type, one name per line
T = bool
print(T.__name__)
for name in sorted(dir(T)):
    print('bool', name)
