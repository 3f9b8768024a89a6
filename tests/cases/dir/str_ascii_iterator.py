# sorted(dir()) of the str_ascii_iterator type, one name per line
T = type(iter(''))
print(T.__name__)
for name in sorted(dir(T)):
    print('str_ascii_iterator', name)
