# sorted(dir()) of the bytes_iterator type, one name per line
T = type(iter(b''))
print(T.__name__)
for name in sorted(dir(T)):
    print('bytes_iterator', name)
