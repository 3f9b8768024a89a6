# sorted(dir()) of the reversed type, one name per line
T = reversed
print(T.__name__)
for name in sorted(dir(T)):
    print('reversed', name)
