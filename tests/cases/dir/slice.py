# sorted(dir()) of the slice type, one name per line
T = slice
print(T.__name__)
for name in sorted(dir(T)):
    print('slice', name)
