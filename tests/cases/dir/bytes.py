# sorted(dir()) of the bytes type, one name per line
T = bytes
print(T.__name__)
for name in sorted(dir(T)):
    print('bytes', name)
