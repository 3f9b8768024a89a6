# sorted(dir()) of the list_reverseiterator type, one name per line
T = type(reversed([]))
print(T.__name__)
for name in sorted(dir(T)):
    print('list_reverseiterator', name)
