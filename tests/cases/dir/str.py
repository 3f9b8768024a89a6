# sorted(dir()) of the str type, one name per line
T = str
print(T.__name__)
for name in sorted(dir(T)):
    print('str', name)
