# sorted(dir()) of the range type, one name per line
T = range
print(T.__name__)
for name in sorted(dir(T)):
    print('range', name)
