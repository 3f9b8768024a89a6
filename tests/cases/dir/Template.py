# sorted(dir()) of the Template type, one name per line
T = type(t'')
print(T.__name__)
for name in sorted(dir(T)):
    print('Template', name)
