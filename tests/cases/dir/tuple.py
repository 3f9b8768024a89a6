# sorted(dir()) of the tuple type, one name per line
T = tuple
print(T.__name__)
for name in sorted(dir(T)):
    print('tuple', name)
