# sorted(dir()) of the bytearray_iterator type, one name per line
T = type(iter(bytearray()))
print(T.__name__)
for name in sorted(dir(T)):
    print('bytearray_iterator', name)
