# sorted(dir()) of the filter type, one name per line
T = filter
print(T.__name__)
for name in sorted(dir(T)):
    print('filter', name)
