# sorted(dir()) of the map type, one name per line
T = map
print(T.__name__)
for name in sorted(dir(T)):
    print('map', name)
