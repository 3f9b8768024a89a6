# sorted(dir()) of the longrange_iterator type, one name per line
T = type(iter(range(2**100)))
print(T.__name__)
for name in sorted(dir(T)):
    print('longrange_iterator', name)
