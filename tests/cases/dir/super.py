# sorted(dir()) of the super type, one name per line
T = super
print(T.__name__)
for name in sorted(dir(T)):
    print('super', name)
