# sorted(dir()) of the zip type, one name per line
T = zip
print(T.__name__)
for name in sorted(dir(T)):
    print('zip', name)
