# sorted(dir()) of the callable_iterator type, one name per line
T = type(iter(len, 0))
print(T.__name__)
for name in sorted(dir(T)):
    print('callable_iterator', name)
