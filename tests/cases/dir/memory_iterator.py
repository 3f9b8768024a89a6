# sorted(dir()) of the memory_iterator type, one name per line
T = type(iter(memoryview(b'')))
print(T.__name__)
for name in sorted(dir(T)):
    print('memory_iterator', name)
