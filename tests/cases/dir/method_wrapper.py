# sorted(dir()) of the method-wrapper type, one name per line
T = type((1).__add__)
print(T.__name__)
for name in sorted(dir(T)):
    print('method-wrapper', name)
