# sorted(dir()) of the memoryview type, one name per line
T = memoryview
print(T.__name__)
for name in sorted(dir(T)):
    print('memoryview', name)
