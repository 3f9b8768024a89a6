# sorted(dir()) of the function type, one name per line
T = type(lambda: 0)
print(T.__name__)
for name in sorted(dir(T)):
    print('function', name)
