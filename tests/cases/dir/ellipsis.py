# sorted(dir()) of the ellipsis type, one name per line
T = type(...)
print(T.__name__)
for name in sorted(dir(T)):
    print('ellipsis', name)
