# sorted(dir()) of the bytearray type, one name per line
T = bytearray
print(T.__name__)
for name in sorted(dir(T)):
    print('bytearray', name)
